// @vitest-environment node
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { createBuildCache } from '../shared/build-cache';
import { checkContent, checkContentOnce, updateKnownIds } from './content-checks';
import { formatProblem } from './problems';
import type { ProseScan } from './prose-scan';
import { demoModule, lessonFile, writeTree } from '../shared/temp-tree';

test('loader problems and check problems come together, sorted, in French sentences', () => {
  const root = writeTree({
    'content/demo/module.yaml': demoModule,
    'content/demo/b.mdx': lessonFile({ id: 'demo-b', body: '## Ici\n\n<Encadre />\n' }),
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', body: '## Ici\n\nUn <!-- commentaire -->\n' }),
  });
  expect(checkContent(root).problems.map(formatProblem)).toEqual([
    'content/demo/a.mdx:14:5  Les commentaires HTML <!-- … --> ne sont pas permis en MDX : écrivez {/* … */} à la place.',
    'content/demo/b.mdx:14:1  Le composant <Encadre> n’existe pas : utilisez l’un des composants Callout, Figure, Terme ou Diagram (ou corrigez la casse du nom).',
  ]);
});

test('--update-known-ids writes the current ids by kind, and refuses while other problems remain', () => {
  const root = writeTree({
    'content/demo/module.yaml': demoModule,
    // A list written before quiz renames: rewritten by kind.
    'content/known-ids.json': '[\n  "demo-supprimee"\n]\n',
    'content/demo/a.mdx': lessonFile({
      id: 'demo-a',
      previousIds: ['demo-ancien'],
      // A published lesson's quiz has at least four questions (check-unfinished.ts).
      body: `## Ici\n\n\`\`\`quiz\nid: quiz-a\npreviousIds: [quiz-ancien]\nquestions:\n${[1, 2, 3, 4]
        .map((n) => `  - id: q${n}\n    type: truefalse\n    prompt: Vrai.\n    answer: true\n`)
        .join('')}\`\`\`\n`,
    }),
  });
  expect(checkContent(root).problems).toHaveLength(1);
  expect(updateKnownIds(root)).toMatchObject({
    written: true,
    ids: { lessons: ['demo-a', 'demo-ancien'], quizzes: ['quiz-a', 'quiz-ancien'] },
  });
  expect(readFileSync(join(root, 'content/known-ids.json'), 'utf8')).toBe(
    '{\n  "lessons": [\n    "demo-a",\n    "demo-ancien"\n  ],\n  "quizzes": [\n    "quiz-a",\n    "quiz-ancien"\n  ]\n}\n',
  );
  expect(checkContent(root).problems).toEqual([]);

  const broken = writeTree({
    'content/demo/module.yaml': demoModule,
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', body: 'a <3\n' }),
  });
  const refused = updateKnownIds(broken);
  expect(refused.written).toBe(false);
  expect(refused.problems).toHaveLength(1);
});

test('npm run check:content reads each lesson’s prose once: again only when its text changed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cours-docker-check-cache-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const cache = createBuildCache({ dir, fingerprint: 'checks' });
  // A text of its own (the process keeps the readings of texts it has already read).
  const body = `## Ici\n\nUne phrase juste, écrite le ${Date.now()}.\n`;
  const root = writeTree({
    'content/demo/module.yaml': demoModule,
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', body }),
  });
  const file = join(root, 'content/demo/a.mdx');
  const source = readFileSync(file, 'utf8');
  // Stored before any check reads the text: a reading that says the text has a space before its colon.
  const wrong = `Une phrase : fausse`;
  const offset = source.indexOf('Une phrase');
  const stored: ProseScan = {
    texts: [{ value: wrong, offset, end: offset + wrong.length, gluedStart: false }],
    images: [],
    attributes: [],
    code: [],
  };
  cache.write('prose-scan', source, stored);
  // The check believes the cache: the problem it reports is in the stored reading, not in the file.
  expect(checkContent(root, cache).problems.map(formatProblem)).toEqual([
    'content/demo/a.mdx:14:1  Espace ordinaire avant « : » : remplacez-la par une espace insécable (U+00A0 ou U+202F).',
  ]);

  // An edited lesson is read again, and its reading kept for the next run.
  const edited = source.replace('Une phrase juste', 'Une autre phrase juste');
  writeFileSync(file, edited);
  expect(checkContent(root, cache).problems).toEqual([]);
  expect(readdirSync(join(dir, 'prose-scan'))).toHaveLength(2);
});

test('a clean check is not run again while nothing in the project changes; a check with problems always is', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cours-docker-check-once-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const cache = createBuildCache({ dir, fingerprint: 'checks' });
  const root = writeTree({
    'content/demo/module.yaml': demoModule,
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', body: '## Ici\n\nUn texte.\n' }),
  });
  const summary = { lessons: 1, quizzes: 0, labs: 0, terms: 0 };
  expect(checkContentOnce(root, cache)).toEqual({ summary, problems: [], unchanged: false });
  expect(checkContentOnce(root, cache)).toEqual({ summary, problems: [], unchanged: true });

  // A problem brought in: reported, and reported again on the next run.
  const file = join(root, 'content/demo/a.mdx');
  const clean = readFileSync(file, 'utf8');
  writeFileSync(file, clean.replace('Un texte.', 'Un <!-- commentaire -->'));
  for (let run = 0; run < 2; run += 1) {
    const result = checkContentOnce(root, cache);
    expect(result.unchanged).toBe(false);
    expect(result.problems.map(formatProblem)).toEqual([expect.stringContaining('commentaires HTML')]);
  }
  // Back to the clean text: the clean run is recognised; a file anywhere under public/ or src/ is a change.
  writeFileSync(file, clean);
  expect(checkContentOnce(root, cache).unchanged).toBe(true);
  writeFileSync(join(root, 'public-image.png'), 'hors du projet lu');
  expect(checkContentOnce(root, cache).unchanged).toBe(true);
  mkdirSync(join(root, 'public'), { recursive: true });
  writeFileSync(join(root, 'public', 'image.png'), 'png');
  expect(checkContentOnce(root, cache).unchanged).toBe(false);
  // Without a cache (the tests, COURS_DOCKER_BUILD_CACHE=0), every run checks.
  expect(checkContentOnce(root).unchanged).toBe(false);
  expect(checkContentOnce(root).unchanged).toBe(false);
});
