// @vitest-environment node
import { expect, test } from 'vitest';
import { checkKnownIds, collectCurrentIds, formatKnownIds, parseKnownIds } from './check-known-ids';
import { formatProblem } from './problems';
import { checkInputFor, lessonFile } from './temp-tree';

const quiz = (id: string) =>
  `## Ici\n\n\`\`\`quiz\nid: ${id}\nquestions:\n  - id: q1\n    type: truefalse\n    prompt: Vrai.\n    answer: true\n\`\`\`\n`;

test('the list is a sorted JSON array, one id per line', () => {
  expect(formatKnownIds(['b', 'a', 'b'])).toBe('[\n  "a",\n  "b"\n]\n');
  expect(parseKnownIds('["a", "b"]')).toEqual(['a', 'b']);
  expect(parseKnownIds('{"a": 1}')).toBeNull();
  expect(parseKnownIds('[1]')).toBeNull();
  expect(parseKnownIds('[')).toBeNull();
});

test('current ids are every lesson id and quiz id', () => {
  const input = checkInputFor({
    'content/demo/b.mdx': lessonFile({ id: 'demo-b', body: quiz('quiz-b') }),
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', order: 2 }),
  });
  expect(collectCurrentIds(input.content)).toEqual(['demo-a', 'demo-b', 'quiz-b']);
});

test('known ids still carried, renamed, or carried by a file that failed to load pass', () => {
  const input = checkInputFor({
    'content/known-ids.json': formatKnownIds(['demo-a', 'demo-ancien', 'quiz-a', 'demo-casse', 'quiz-casse']),
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', previousIds: ['demo-ancien'], body: quiz('quiz-a') }),
    'content/demo/casse.mdx': lessonFile({ id: 'demo-casse', order: 2, body: 'a <3\n' }),
    'content/demo/quiz-casse.mdx': lessonFile({
      id: 'demo-c',
      order: 3,
      body: quiz('quiz-casse').replace('answer: true', 'answer: ['),
    }),
  });
  expect(checkKnownIds(input)).toEqual([]);
});

test('a released id nobody carries is reported at its line in the list', () => {
  const input = checkInputFor({
    'content/known-ids.json': formatKnownIds(['demo-a', 'quiz-disparu']),
    'content/demo/a.mdx': lessonFile({ id: 'demo-a' }),
  });
  expect(checkKnownIds(input).map(formatProblem)).toEqual([
    'content/known-ids.json:3:3  L’id « quiz-disparu » a été publié mais plus aucune leçon ni aucun quiz ne le porte, ce qui rendrait orpheline la progression des apprenants : rétablissez-le, ou ajoutez-le aux previousIds de la leçon qui le remplace.',
  ]);
});

test('previousIds name retired ids only, each claimed once; a broken list is reported', () => {
  const input = checkInputFor({
    'content/known-ids.json': '{ "ids": [] }\n',
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', previousIds: ['demo-b', 'demo-vieux'] }),
    'content/demo/b.mdx': lessonFile({ id: 'demo-b', order: 2, previousIds: ['demo-vieux'] }),
  });
  expect(checkKnownIds(input).map(formatProblem)).toEqual([
    'content/demo/a.mdx:10:15  L’id « demo-b » est listé dans previousIds alors que content/demo/b.mdx le porte encore : retirez-le de previousIds.',
    'content/demo/b.mdx:10:15  L’ancien id « demo-vieux » est déjà repris par content/demo/a.mdx : une seule leçon peut reprendre la progression d’un ancien id, retirez-le d’ici.',
    'content/known-ids.json:1:1  Ce fichier doit être une liste JSON d’ids entre guillemets : régénérez-le avec npm run check:content -- --update-known-ids.',
  ]);
});
