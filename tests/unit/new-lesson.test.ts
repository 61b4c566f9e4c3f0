// @vitest-environment node
/**
 * `npm run new:lesson` in a temporary copy of the project: the file it writes (a draft,
 * placed before the module's practice page and exam), the checker's verdict on the copy
 * (nothing to report), and a real production build of the copy, which leaves the draft out
 * everywhere while development shows it in its place.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkContent } from '../../src/build/checks/content-checks';
import { loadContent } from '../../src/build/content/content-loader';
import { formatProblem } from '../../src/build/checks/problems';
import { TEMPLATE_PLACEHOLDERS } from '../../src/build/content/lesson-template';
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
  'creates a draft with a fresh id and the template, before the practice page and the exam, and prints where it is',
  { timeout: 120_000 },
  () => {
    const orderOf = (id: string) =>
      loadContent(copy, { includeDrafts: true }).lessons.find((lesson) => lesson.meta.id === id)?.meta.order;
    const practice = orderOf('virt-pratique');
    const exam = orderOf('virt-evaluation');
    expect(practice).toBeDefined();
    const run = newLesson('virtualisation', title);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(file);
    expect(run.stdout).toContain('http://localhost:5173/virtualisation/une-lecon-de-test');
    const text = readFileSync(join(copy, file), 'utf8');
    expect(text).toMatch(new RegExp(`^---\\nid: virt-une-lecon-de-test\\ntitle: ${title}\\n`));
    expect(text).toContain(`\norder: ${practice}\nduration: 10\n`);
    expect(text).toContain('\ntopics: []\ndraft: true\n---\n');
    for (const component of ['<Callout', '<Figure', '<Terme', '<Diagram']) expect(text).toContain(component);
    expect(text).toContain('```quiz\nid: quiz-une-lecon-de-test\n');
    // The practice page and the exam moved one place down, and say so.
    expect(orderOf('virt-pratique')).toBe((practice ?? 0) + 1);
    expect(orderOf('virt-evaluation')).toBe((exam ?? 0) + 1);
    expect(run.stdout).toContain(`content/virtualisation/pratique.mdx : order ${practice} → ${(practice ?? 0) + 1}.`);
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

test(
  'development shows the draft in its place; a production build leaves it out everywhere',
  { timeout: 180_000 },
  () => {
    const module = (includeDrafts: boolean) =>
      loadContent(copy, { includeDrafts }).outline.modules.find((candidate) => candidate.slug === 'virtualisation');
    expect(
      module(true)
        ?.lessons.slice(-3)
        .map((lesson) => lesson.id),
    ).toEqual(['virt-une-lecon-de-test', 'virt-pratique', 'virt-evaluation']);
    expect(module(false)?.lessons.map((lesson) => lesson.id)).not.toContain('virt-une-lecon-de-test');

    const build = buildCopy(copy);
    expect(build.stderr).not.toMatch(/error/i);
    expect(build.status).toBe(0);
    const dist = join(copy, 'dist');
    // No page, no link from the module page or the home page, no search entry, not in the offline cache.
    expect(existsSync(join(dist, 'virtualisation/une-lecon-de-test/index.html'))).toBe(false);
    expect(readFileSync(join(dist, 'virtualisation/index.html'), 'utf8')).toContain('/virtualisation/pratique');
    for (const page of ['index.html', 'virtualisation/index.html', 'virtualisation/pratique/index.html', 'sw.js']) {
      expect(readFileSync(join(dist, page), 'utf8'), page).not.toContain('une-lecon-de-test');
    }
    const assets = readdirSync(join(dist, 'assets'));
    const searchIndex = assets.find((name) => name.startsWith('search-index-'));
    expect(searchIndex).toBeDefined();
    expect(readFileSync(join(dist, 'assets', searchIndex ?? ''), 'utf8')).not.toContain('une-lecon-de-test');
    for (const asset of assets.filter((name) => name.endsWith('.js'))) {
      expect(readFileSync(join(dist, 'assets', asset), 'utf8'), asset).not.toContain('virt-une-lecon-de-test');
    }
    // The build manifest, which `npm run size` and the prerender read, has no chunk for it either.
    expect(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')).not.toContain('une-lecon-de-test');
  },
);

test(
  'once draft: true is removed, the checker refuses the template’s text and its short quiz',
  { timeout: 60_000 },
  () => {
    const path = join(copy, file);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('\ndraft: true\n', '\n'));
    try {
      const problems = checkContent(copy).problems.filter((problem) => problem.file === file);
      expect(problems.map((problem) => problem.message)).toContainEqual(
        expect.stringContaining(
          'Le quiz «\u00a0quiz-une-lecon-de-test\u00a0» n’a que 3 questions\u00a0: il en faut au moins 4',
        ),
      );
      const leftovers = problems.filter((problem) => problem.message.includes('vient du modèle de npm run new:lesson'));
      expect(leftovers.length).toBe(TEMPLATE_PLACEHOLDERS.length);
    } finally {
      writeFileSync(path, text);
    }
  },
);
