// @vitest-environment node
/**
 * `npm run new:lesson` in a temporary copy of the project: the file it writes, the
 * checker's verdict on the copy (nothing to report), and a real production build of
 * the copy in which the new lesson is a prerendered page of the outline.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkContent } from '../../src/build/content-checks';
import { loadContent } from '../../src/build/content-loader';
import { formatProblem } from '../../src/build/problems';
import { buildCopy, copyProject, projectRoot, removeCopy } from './project-copy';

const title = 'Une leçon de test';
const file = 'content/virtualisation/une-lecon-de-test.mdx';
let copy = '';

function newLesson(...args: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/new-lesson.ts', '--root', copy, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
}

beforeAll(() => {
  copy = copyProject('new-lesson');
});

afterAll(() => removeCopy(copy));

test(
  'creates the lesson with a fresh id, the next order and the template, and prints where it is',
  { timeout: 60_000 },
  () => {
    const before = loadContent(copy, { includeDrafts: true }).lessons.filter(
      (lesson) => lesson.meta.moduleSlug === 'virtualisation',
    );
    const run = newLesson('virtualisation', title);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(file);
    expect(run.stdout).toContain('http://localhost:5173/virtualisation/une-lecon-de-test');
    const text = readFileSync(join(copy, file), 'utf8');
    const nextOrder = Math.max(...before.map((lesson) => lesson.meta.order)) + 1;
    expect(text).toMatch(new RegExp(`^---\\nid: virt-une-lecon-de-test\\ntitle: ${title}\\n`));
    expect(text).toContain(`\norder: ${nextOrder}\nduration: 10\n`);
    expect(text).toContain('\ntopics: []\n');
    for (const component of ['<Callout', '<Figure', '<Terme', '<Diagram']) expect(text).toContain(component);
    expect(text).toContain('```quiz\nid: quiz-une-lecon-de-test\n');
  },
);

test('the copy with the new lesson passes the checker', { timeout: 60_000 }, () => {
  expect(checkContent(copy).problems.map(formatProblem)).toEqual([]);
});

test('refuses to overwrite a lesson, and names the modules when the module is unknown', { timeout: 60_000 }, () => {
  const again = newLesson('virtualisation', title);
  expect(again.status).toBe(1);
  expect(again.stderr).toContain(`${file} existe déjà`);
  const unknown = newLesson('docker', 'Autre');
  expect(unknown.status).toBe(1);
  expect(unknown.stderr.trim()).toBe(
    'Le module « docker » n’existe pas : choisissez l’un de virtualisation, conteneurisation, observabilite.',
  );
});

test('a production build of the copy has the new lesson in its outline, as a page', { timeout: 180_000 }, () => {
  const build = buildCopy(copy);
  expect(build.stderr).not.toMatch(/error/i);
  expect(build.status).toBe(0);
  const page = join(copy, 'dist/virtualisation/une-lecon-de-test/index.html');
  expect(existsSync(page)).toBe(true);
  expect(readFileSync(page, 'utf8')).toContain(title);
  const outline = loadContent(copy, { includeDrafts: false }).outline;
  const module = outline.modules.find((candidate) => candidate.slug === 'virtualisation');
  expect(module?.lessons.at(-1)?.id).toBe('virt-une-lecon-de-test');
});
