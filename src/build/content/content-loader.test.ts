import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { loadContent } from './content-loader';
import { formatProblem } from '../checks/problems';

const fixture = (name: string) => resolve(__dirname, '../../../tests/fixtures/content', name);

test('a lesson with no title is reported with its file, line and the field', () => {
  const { problems, outline } = loadContent(fixture('missing-title'), { includeDrafts: true });
  expect(problems.map(formatProblem)).toEqual([
    'content/demo/sans-titre.mdx:2:1  le champ « title » est obligatoire et manque.',
  ]);
  expect(outline.modules[0]?.lessons).toEqual([]);
});

test('two lessons with the same id are reported at the second id line', () => {
  const { problems } = loadContent(fixture('duplicate-id'), { includeDrafts: true });
  expect(problems.map(formatProblem)).toEqual([
    'content/demo/lecon-2.mdx:2:1  l’id « demo-doublon » est déjà utilisé par content/demo/lecon-1.mdx : chaque leçon a un id unique.',
  ]);
});

test('the real course loads into an ordered outline with no problem', () => {
  const { problems, outline, lessons } = loadContent(resolve(__dirname, '../../..'), { includeDrafts: false });
  expect(problems.map(formatProblem)).toEqual([]);
  expect(outline.modules.map((module) => module.slug)).toEqual(['virtualisation', 'conteneurisation', 'observabilite']);
  for (const module of outline.modules) {
    const orders = module.lessons.map(
      (lesson) => lessons.find((candidate) => candidate.meta.id === lesson.id)?.meta.order ?? NaN,
    );
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    for (const lesson of module.lessons) {
      expect(lesson.path).toBe(`/${module.slug}/${lesson.slug}`);
      const loaded = lessons.find((candidate) => candidate.meta.id === lesson.id);
      expect(loaded?.details.objectives.length, lesson.id).toBeGreaterThan(0);
      if (lesson.kind === 'lesson') expect(loaded?.details.headings.length, lesson.id).toBeGreaterThan(0);
    }
  }
});

test('the outline carries the published quizzes’ renames as one old id → current id map', () => {
  const renamed = loadContent(fixture('renamed-known-quiz-id'), { includeDrafts: false });
  expect(renamed.outline.quizRenames).toEqual({ 'quiz-demo-ancien': 'quiz-demo-nouveau' });
  expect(renamed.lessons.find((lesson) => lesson.meta.id === 'demo-lecon')?.quizzes).toMatchObject([
    { id: 'quiz-demo-nouveau', previousIds: ['quiz-demo-ancien'] },
  ]);
  // No rename, no field: the outline every page loads stays as small as before.
  expect(loadContent(fixture('removed-known-quiz-id'), { includeDrafts: false }).outline).not.toHaveProperty(
    'quizRenames',
  );
});
