import { expect, test } from 'vitest';
import v1Snapshot from './fixtures/progress-v1.json';
import v3Snapshot from './fixtures/progress-v3.json';
import { attempt, lessonRecord, minute, progress, quizRecord } from './fixtures/progress-builders';
import { sampleOutline } from './fixtures/sample-outline';
import {
  buildExportFile,
  exportFilename,
  MAX_IMPORT_BYTES,
  parseProgressFile,
  readProgressFile,
  summarizeProgress,
} from './progress-file';
import { PROGRESS_VERSION, toEnvelope } from './progress-schema';

const now = new Date(2025, 2, 7, 15, 30);
const data = progress({
  lessons: {
    'virt-definition': lessonRecord({ lastVisitAt: minute(20) }),
    'virt-domaines': lessonRecord({ markedDoneAt: minute(1) }),
  },
  quizzes: {
    'quiz-virt-definition': quizRecord({
      attempts: [attempt({ score: 0.4, passed: false }), attempt({ startedAt: minute(6), finishedAt: minute(9) })],
    }),
  },
  lastLocation: { lessonId: 'virt-definition', path: '/virtualisation/definition', at: minute(20) },
});

test('the export file names the app, the schema version and the date', () => {
  const { filename, text } = buildExportFile(data, now);
  expect(filename).toBe('cours-docker-progression-2025-03-07.json');
  expect(JSON.parse(text)).toEqual({ app: 'cours-docker', version: 4, exportedAt: now.toISOString(), data });
  expect(exportFilename(new Date(2024, 11, 31))).toBe('cours-docker-progression-2024-12-31.json');
});

test('an exported file imports back to the same data, with a summary', () => {
  const result = parseProgressFile(buildExportFile(data, now).text, { outline: sampleOutline });
  expect(result).toEqual({
    ok: true,
    file: { data, fromVersion: 4, exportedAt: now.toISOString() },
    summary: { lessonsVisited: 2, lessonsCompleted: 2, quizzes: 1, attempts: 2, date: now.toISOString() },
  });
});

test('a copy of the stored blob (no export date) and a v1 document are accepted', () => {
  const stored = parseProgressFile(JSON.stringify(toEnvelope(data)));
  expect(stored.ok && stored.summary.date).toBe(minute(20));
  const v1 = parseProgressFile(JSON.stringify(v1Snapshot), { now });
  expect(v1.ok && v1.file.fromVersion).toBe(1);
  expect(v1.ok && v1.summary).toEqual({
    lessonsVisited: 3,
    lessonsCompleted: 3,
    quizzes: 4,
    attempts: 4,
    date: now.toISOString(),
  });
});

test('without the outline, completed lessons are those marked done', () => {
  expect(summarizeProgress(data).lessonsCompleted).toBe(1);
});

const valid = buildExportFile(data, now).text;

test.each([
  ['an empty file', '', 'empty'],
  ['a text file', 'Bonjour, ceci est une liste de courses.', 'not-json'],
  ['a truncated file', valid.slice(0, valid.length / 2), 'truncated'],
  ['another app’s JSON', JSON.stringify({ app: 'autre-cours', version: 2, data }), 'not-ours'],
  ['an unrelated JSON array', '[1, 2, 3]', 'not-ours'],
  [
    'a file from a newer version',
    JSON.stringify({ app: 'cours-docker', version: 5, exportedAt: now.toISOString(), data }),
    'newer-version',
  ],
  [
    'our envelope with broken data',
    JSON.stringify({ app: 'cours-docker', version: 2, data: { lessons: 'tout' } }),
    'invalid',
  ],
  [
    'a lesson id carrying markup',
    JSON.stringify({
      app: 'cours-docker',
      version: 4,
      data: { ...data, lessons: { '<img src=x onerror=alert(1)>': lessonRecord() } },
    }),
    'invalid',
  ],
  [
    'a last place that is a script URL',
    JSON.stringify({
      app: 'cours-docker',
      version: 4,
      data: { ...data, lastLocation: { lessonId: 'a', path: 'javascript:alert(1)', at: minute(1) } },
    }),
    'invalid',
  ],
  ['a __proto__ key', valid.replace('"lessons": {', '"lessons": { "__proto__": { "isAdmin": true },'), 'hostile'],
  [
    'a constructor key deep inside',
    valid.replace('"answers": {}', '"answers": { "constructor": { "prototype": {} } }'),
    'hostile',
  ],
])('refuses %s (%s)', (_label, text, error) => {
  expect(parseProgressFile(text)).toEqual({ ok: false, error });
});

test('refuses a huge text, and a huge file without reading it', async () => {
  expect(parseProgressFile(' '.repeat(MAX_IMPORT_BYTES + 1))).toEqual({ ok: false, error: 'too-large' });
  const huge = new Blob(['x']);
  Object.defineProperty(huge, 'size', { value: MAX_IMPORT_BYTES + 1 });
  huge.text = () => Promise.reject(new Error('must not be read'));
  await expect(readProgressFile(huge)).resolves.toEqual({ ok: false, error: 'too-large' });
});

test('reads a chosen file', async () => {
  const file = new File([valid], 'sauvegarde.json', { type: 'application/json' });
  const result = await readProgressFile(file, { outline: sampleOutline });
  expect(result.ok).toBe(true);
});

test('answers holding markup are kept as plain data', () => {
  const withScript = progress({
    quizzes: { q: quizRecord({ attempts: [attempt({ answers: { x: '<script>alert(1)</script>' } })] }) },
  });
  const result = parseProgressFile(buildExportFile(withScript, now).text);
  expect(result.ok && result.file.data.quizzes.q?.attempts[0]?.answers.x).toBe('<script>alert(1)</script>');
});

test('the certificate name travels in the export and back, and data without one stays without one', () => {
  const named = { ...data, certificate: { name: 'Ada Lovelace', at: minute(30) } };
  const result = parseProgressFile(buildExportFile(named, now).text, { outline: sampleOutline });
  expect(result.ok && result.file.data.certificate).toEqual({ name: 'Ada Lovelace', at: minute(30) });
  const plain = parseProgressFile(buildExportFile(data, now).text);
  expect(plain.ok && 'certificate' in plain.file.data).toBe(false);
  // Same schema version either way: the field is optional, no migration is involved.
  expect(JSON.parse(buildExportFile(named, now).text)).toMatchObject({ version: PROGRESS_VERSION });
});

test('a file exported by the previous version (v3) imports with its data intact, labs and certificate included', () => {
  const result = parseProgressFile(JSON.stringify(v3Snapshot), { now });
  expect(result).toMatchObject({
    ok: true,
    file: { data: { ...v3Snapshot.data, cards: {} }, fromVersion: 3, exportedAt: v3Snapshot.exportedAt },
  });
});
