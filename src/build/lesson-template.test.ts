// @vitest-environment node
import { expect, test } from 'vitest';
import { freshId, lessonTemplate, modulePrefix, slugifyTitle } from './lesson-template';
import { checkInputFor } from './temp-tree';
import { runChecks } from './content-checks';
import { formatProblem } from './problems';

test.each([
  ['Une leçon de test', 'une-lecon-de-test'],
  ['Qu’est-ce qu’un conteneur ?', 'qu-est-ce-qu-un-conteneur'],
  ['  Les cœurs & les Œuvres : 2e partie ', 'les-coeurs-les-oeuvres-2e-partie'],
  ['Élément à éviter', 'element-a-eviter'],
])('slugifies %j', (title, slug) => {
  expect(slugifyTitle(title)).toBe(slug);
});

test('the prefix is the one the module’s ids share, else the module id', () => {
  expect(modulePrefix('virtualisation', ['virt-definition', 'virt-usages', 'autre-x'])).toBe('virt');
  expect(modulePrefix('demo', [])).toBe('demo');
});

test('a fresh id never reuses a taken one', () => {
  expect(freshId('virt-test', new Set())).toBe('virt-test');
  expect(freshId('virt-test', new Set(['virt-test', 'virt-test-2']))).toBe('virt-test-3');
});

test('the template is a lesson the checker accepts as it is', () => {
  const clean = lessonTemplate({ id: 'demo-test', quizId: 'quiz-test', title: 'Une leçon de test', order: 1 });
  expect(runChecks(checkInputFor({ 'content/demo/test.mdx': clean })).map(formatProblem)).toEqual([]);
});

test('the title is written as given (new:lesson fixes its typography first), quoted when YAML needs it', () => {
  const lesson = lessonTemplate({
    id: 'demo-test',
    quizId: 'quiz-test',
    title: 'Titre : avec « deux-points »',
    order: 3,
  });
  const input = checkInputFor({ 'content/demo/test.mdx': lesson });
  expect(runChecks(input).map(formatProblem)).toEqual([
    'content/demo/test.mdx:3:15  Espace ordinaire avant « : » : remplacez-la par une espace insécable (U+00A0 ou U+202F).',
    'content/demo/test.mdx:3:22  Espace ordinaire après le guillemet ouvrant « : remplacez-la par une espace insécable (U+00A0 ou U+202F).',
    'content/demo/test.mdx:3:36  Espace ordinaire avant le guillemet fermant » : remplacez-la par une espace insécable (U+00A0 ou U+202F).',
  ]);
  const [lessonMeta] = input.content.lessons.map((loaded) => loaded.meta);
  expect(lessonMeta).toMatchObject({ id: 'demo-test', order: 3, duration: 10, topics: [], quizIds: ['quiz-test'] });
  expect(lessonMeta?.title).toBe('Titre : avec « deux-points »');
});
