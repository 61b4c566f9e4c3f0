/**
 * The workbench editor's files are kept with the lab's session: in the session's timeline (after how many commands),
 * merged like the session, carried by export and import, and bounded; stored edits that do not pass are dropped
 * alone, the lab's steps and session kept.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { labRecord, minute, progress } from './fixtures/progress-builders';
import { buildExportFile, parseProgressFile } from './progress-file';
import { mergeProgress } from './merge';
import { createProgressStore, PROGRESS_KEY, type ProgressStore } from './progress-store';
import { MAX_LAB_EDITS_CHARS, MAX_LAB_FILE_CHARS, toEnvelope } from './progress-schema';

let clock = 0;
const stores: ProgressStore[] = [];

function makeStore(): ProgressStore {
  const store = createProgressStore({
    now: () => new Date(minute((clock += 1))),
    randomId: () => `reset-${clock}`,
    storageManager: null,
  });
  stores.push(store);
  return store;
}

beforeEach(() => {
  localStorage.clear();
  clock = 0;
});
afterEach(() => {
  for (const store of stores.splice(0)) store.dispose();
});

test('edits are placed after the commands run so far; edits between two commands are one write', () => {
  const store = makeStore();
  const { recordLabFiles, recordLabCommand } = store.getState();
  expect(recordLabFiles('lab-a', 'lecon', { Dockerfile: 'FROM alpine\n' })).toBe(true);
  expect(recordLabFiles('lab-a', 'lecon', { Dockerfile: 'FROM alpine:3.20\n', 'app.js': 'x' })).toBe(true);
  expect(recordLabCommand('lab-a', 'lecon', { line: 'docker build -t app .', at: 0 })).toBe(true);
  expect(recordLabFiles('lab-a', 'lecon', { 'app.js': 'y' })).toBe(true);
  const saved = store.getState().data.labs['lab-a'];
  expect(saved?.edits).toEqual([
    { after: 0, files: { Dockerfile: 'FROM alpine:3.20\n', 'app.js': 'x' } },
    { after: 1, files: { 'app.js': 'y' } },
  ]);
  // Kept in the browser, read back by a new store (a reload).
  const reloaded = makeStore();
  expect(reloaded.getState().data.labs['lab-a']?.edits).toEqual(saved?.edits);
  // A reset of the lab's session drops its files with it; steps stay.
  store.getState().recordLabSteps('lab-a', 'lecon', ['un'], 3);
  store.getState().resetLabSession('lab-a', 'lecon');
  expect(store.getState().data.labs['lab-a']?.edits).toBeUndefined();
  expect(Object.keys(store.getState().data.labs['lab-a']?.steps ?? {})).toEqual(['un']);
});

test('bad paths and files over the bounds are refused, and nothing else is lost', () => {
  const store = makeStore();
  const { recordLabFiles, recordLabCommand } = store.getState();
  recordLabCommand('lab-a', 'lecon', { line: 'docker images', at: 0 });
  recordLabFiles('lab-a', 'lecon', { Dockerfile: 'FROM alpine\n' });
  expect(recordLabFiles('lab-a', 'lecon', { '../etc/passwd': 'x' })).toBe(false);
  expect(recordLabFiles('lab-a', 'lecon', { '/abs': 'x' })).toBe(false);
  expect(recordLabFiles('lab-a', 'lecon', { big: 'x'.repeat(MAX_LAB_FILE_CHARS + 1) })).toBe(false);
  expect(recordLabFiles('lab-a', 'lecon', {})).toBe(false);
  // Many files, each under the bound, but more than the lab may keep in all.
  const chunk = 'y'.repeat(MAX_LAB_FILE_CHARS - 10);
  let accepted = 0;
  for (let n = 0; n < 6; n += 1) if (recordLabFiles('lab-a', 'lecon', { [`f${n}.txt`]: chunk })) accepted += 1;
  expect(accepted).toBeLessThan(6);
  expect(accepted * chunk.length).toBeLessThanOrEqual(MAX_LAB_EDITS_CHARS);
  const record = store.getState().data.labs['lab-a'];
  expect(record?.session).toEqual([{ line: 'docker images', at: 0 }]);
  expect(record?.edits?.[0]?.files.Dockerfile).toBe('FROM alpine\n');
});

test('stored edits that are corrupt or oversized are dropped alone; the lab’s steps and session load', () => {
  const lab = labRecord({
    lessonId: 'lecon',
    steps: { un: minute(1) },
    session: [{ line: 'docker build -t app .', at: 0 }],
    sessionSavedAt: minute(2),
  });
  for (const edits of [
    [{ after: 0, files: { '../x': 'a' } }],
    [{ after: 0, files: { Dockerfile: 42 } }],
    'pas une liste',
    [
      { after: 1, files: { a: 'x' } },
      { after: 0, files: { b: 'y' } },
    ],
    [{ after: 0, files: { big: 'z'.repeat(MAX_LAB_FILE_CHARS + 1) } }],
  ]) {
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify(toEnvelope(progress({ labs: { 'lab-a': { ...lab, edits } as typeof lab } }))),
    );
    const store = makeStore();
    const record = store.getState().data.labs['lab-a'];
    expect(record?.steps).toEqual({ un: minute(1) });
    expect(record?.session).toEqual(lab.session);
    expect(record?.edits).toBeUndefined();
    store.dispose();
  }
});

test('export and import carry the files; a merge keeps those of the newer session', () => {
  const older = labRecord({
    session: [{ line: 'docker build -t app .', at: 0 }],
    sessionSavedAt: minute(1),
    edits: [{ after: 0, files: { Dockerfile: 'FROM alpine\n' } }],
  });
  const newer = labRecord({
    session: [{ line: 'docker build -t app:2 .', at: 0 }],
    sessionSavedAt: minute(5),
    edits: [{ after: 1, files: { Dockerfile: 'FROM alpine:3.20\n' } }],
  });
  const file = buildExportFile(progress({ labs: { 'lab-a': newer } }), new Date(minute(6)));
  const imported = parseProgressFile(file.text, { now: new Date(minute(7)) });
  expect(imported.ok && imported.file.data.labs['lab-a']?.edits).toEqual(newer.edits);
  const merged = mergeProgress(progress({ labs: { 'lab-a': older } }), progress({ labs: { 'lab-a': newer } }));
  expect(merged.labs['lab-a']?.edits).toEqual(newer.edits);
  expect(merged.labs['lab-a']?.session).toEqual(newer.session);
  const back = mergeProgress(progress({ labs: { 'lab-a': newer } }), progress({ labs: { 'lab-a': older } }));
  expect(back.labs['lab-a']?.edits).toEqual(newer.edits);
});
