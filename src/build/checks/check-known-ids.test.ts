// @vitest-environment node
import { expect, test } from 'vitest';
import { checkKnownIds, collectCurrentIds, formatKnownIds, parseKnownIds, readKnownIds } from './check-known-ids';
import { formatProblem } from './problems';
import { checkInputFor, lessonFile } from '../shared/temp-tree';

const quiz = (id: string, header = '') =>
  `## Ici\n\n\`\`\`quiz\nid: ${id}\n${header}questions:\n  - id: q1\n    type: truefalse\n    prompt: Vrai.\n    answer: true\n\`\`\`\n`;

test('the list is a JSON object of sorted lesson ids and quiz ids, one id per line', () => {
  expect(formatKnownIds({ lessons: ['b', 'a', 'b'], quizzes: ['quiz-b', 'quiz-a'] })).toBe(
    '{\n  "lessons": [\n    "a",\n    "b"\n  ],\n  "quizzes": [\n    "quiz-a",\n    "quiz-b"\n  ]\n}\n',
  );
  expect(readKnownIds('{ "lessons": ["a"], "quizzes": ["q"] }')).toEqual({
    format: 'by-kind',
    lessons: ['a'],
    quizzes: ['q'],
  });
  expect(parseKnownIds('{ "lessons": ["a"], "quizzes": ["q"] }')).toEqual(['a', 'q']);
  expect(parseKnownIds('{"a": 1}')).toBeNull();
  expect(parseKnownIds('{ "lessons": ["a"] }')).toBeNull();
  expect(parseKnownIds('{ "lessons": [], "quizzes": [], "autres": [] }')).toBeNull();
  expect(parseKnownIds('{ "lessons": [1], "quizzes": [] }')).toBeNull();
  expect(parseKnownIds('[1]')).toBeNull();
  expect(parseKnownIds('[')).toBeNull();
});

test('a list written before quiz renames, one list of ids of both kinds, is still read', () => {
  expect(readKnownIds('["a", "quiz-a"]')).toEqual({ format: 'list', ids: ['a', 'quiz-a'] });
  expect(parseKnownIds('["a", "b"]')).toEqual(['a', 'b']);
  const input = checkInputFor({
    'content/known-ids.json': '[\n  "demo-a",\n  "demo-ancien",\n  "quiz-a",\n  "quiz-ancien",\n  "quiz-disparu"\n]\n',
    'content/demo/a.mdx': lessonFile({
      id: 'demo-a',
      previousIds: ['demo-ancien'],
      body: quiz('quiz-a', 'previousIds: [quiz-ancien]\n'),
    }),
  });
  expect(checkKnownIds(input).map(formatProblem)).toEqual([
    'content/known-ids.json:6:3  L’id « quiz-disparu » a été publié mais plus aucune leçon ni aucun quiz ne le porte, ce qui rendrait orpheline la progression des apprenants : rétablissez-le, ou ajoutez-le aux previousIds de la leçon ou du quiz qui le remplace.',
  ]);
});

test('current ids are every lesson id and quiz id, by kind', () => {
  const input = checkInputFor({
    'content/demo/b.mdx': lessonFile({ id: 'demo-b', body: quiz('quiz-b') }),
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', order: 2 }),
  });
  expect(collectCurrentIds(input.content)).toEqual({ lessons: ['demo-a', 'demo-b'], quizzes: ['quiz-b'], labs: [] });
});

const lab = (id: string, header = '') =>
  `\`\`\`lab\nid: ${id}\ntitle: Un lab\n${header}steps:\n  - id: lancer\n    goal: Lancez le conteneur web.\n    hints: [docker run]\n    check:\n      container: { name: web }\n    explanation: Fait.\n\`\`\`\n`;

test('lab ids are listed by kind, and a released lab id must stay carried or claimed', () => {
  expect(readKnownIds('{ "lessons": [], "quizzes": [], "labs": ["lab-a"] }')).toEqual({
    format: 'by-kind',
    lessons: [],
    quizzes: [],
    labs: ['lab-a'],
  });
  expect(parseKnownIds('{ "lessons": [], "quizzes": [], "labs": [3] }')).toBeNull();
  const input = checkInputFor({
    'content/known-ids.json': formatKnownIds({
      lessons: ['demo-a'],
      quizzes: [],
      labs: ['lab-ancien', 'lab-disparu', 'lab-web'],
    }),
    'content/demo/a.mdx': lessonFile({
      id: 'demo-a',
      body: `${lab('lab-web')}\n${lab('lab-nouveau', 'previousIds: [lab-ancien]\n')}`,
    }),
  });
  expect(collectCurrentIds(input.content).labs).toEqual(['lab-nouveau', 'lab-web']);
  expect(checkKnownIds(input).map(formatProblem)).toEqual([
    'content/known-ids.json:8:5  L’id de lab «\u00a0lab-disparu\u00a0» a été publié mais plus aucun lab ne le porte, ce qui ferait perdre aux apprenants leurs étapes réussies et leur session\u00a0: rétablissez-le, ou ajoutez la ligne previousIds: [lab-ancien] au bloc lab qui le remplace.'.replace(
      '[lab-ancien]',
      '[lab-disparu]',
    ),
  ]);
});

test('known ids still carried, renamed, or carried by a file that failed to load pass', () => {
  const input = checkInputFor({
    'content/known-ids.json': formatKnownIds({
      lessons: ['demo-a', 'demo-ancien', 'demo-casse', 'demo-c'],
      quizzes: ['quiz-a', 'quiz-ancien', 'quiz-casse'],
    }),
    'content/demo/a.mdx': lessonFile({
      id: 'demo-a',
      previousIds: ['demo-ancien'],
      body: quiz('quiz-a', 'previousIds: [quiz-ancien]\n'),
    }),
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
    'content/known-ids.json': formatKnownIds({ lessons: ['demo-a', 'demo-disparue'], quizzes: [] }),
    'content/demo/a.mdx': lessonFile({ id: 'demo-a' }),
  });
  expect(checkKnownIds(input).map(formatProblem)).toEqual([
    'content/known-ids.json:4:5  L’id « demo-disparue » a été publié mais plus aucune leçon ni aucun quiz ne le porte, ce qui rendrait orpheline la progression des apprenants : rétablissez-le, ou ajoutez-le aux previousIds de la leçon qui le remplace.',
  ]);
});

test('a released quiz id no quiz carries is reported, with the quizzes new since the list was updated', () => {
  const input = checkInputFor({
    'content/known-ids.json': formatKnownIds({ lessons: ['demo-a', 'demo-b'], quizzes: ['quiz-a', 'quiz-b'] }),
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', body: quiz('quiz-a') }),
    'content/demo/b.mdx': lessonFile({ id: 'demo-b', order: 2, body: quiz('quiz-b-renomme') }),
  });
  expect(checkKnownIds(input).map(formatProblem)).toEqual([
    'content/known-ids.json:8:5  L’id de quiz «\u00a0quiz-b\u00a0» a été publié mais plus aucun quiz ne le porte, ce qui ferait perdre aux apprenants leurs tentatives, leurs notes et leurs examens réussis\u00a0: rétablissez-le, ou ajoutez la ligne previousIds: [quiz-b] au bloc quiz qui le remplace (peut-être «\u00a0quiz-b-renomme\u00a0», content/demo/b.mdx:15).',
  ]);
});

test('ids keep their kind: a lesson cannot take over a quiz id, nor a quiz a lesson id', () => {
  const input = checkInputFor({
    'content/known-ids.json': formatKnownIds({ lessons: ['demo-a', 'demo-vieille'], quizzes: ['quiz-vieux'] }),
    'content/demo/a.mdx': lessonFile({
      id: 'demo-a',
      previousIds: ['quiz-vieux'],
      body: quiz('quiz-a', 'previousIds: [demo-vieille]\n'),
    }),
  });
  expect(checkKnownIds(input).map(formatProblem)).toEqual([
    'content/known-ids.json:4:5  L’id « demo-vieille » a été publié mais plus aucune leçon ni aucun quiz ne le porte, ce qui rendrait orpheline la progression des apprenants : rétablissez-le, ou ajoutez-le aux previousIds de la leçon qui le remplace.',
    'content/known-ids.json:7:5  L’id de quiz «\u00a0quiz-vieux\u00a0» a été publié mais plus aucun quiz ne le porte, ce qui ferait perdre aux apprenants leurs tentatives, leurs notes et leurs examens réussis\u00a0: rétablissez-le, ou ajoutez la ligne previousIds: [quiz-vieux] au bloc quiz qui le remplace (peut-être «\u00a0quiz-a\u00a0», content/demo/a.mdx:16).',
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
    'content/known-ids.json:1:1  Ce fichier doit lister en JSON les ids publiés, { "lessons": […], "quizzes": […] }, chaque id entre guillemets\u00a0: régénérez-le avec npm run check:content -- --update-known-ids.',
  ]);
});

test('a quiz’s previousIds name retired ids only, each claimed by one quiz', () => {
  const input = checkInputFor({
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', body: quiz('quiz-a', 'previousIds: [quiz-b, quiz-vieux]\n') }),
    'content/demo/b.mdx': lessonFile({
      id: 'demo-b',
      order: 2,
      body: quiz('quiz-b', 'previousIds:\n  - quiz-vieux\n  - quiz-b\n'),
    }),
  });
  expect(checkKnownIds(input).map(formatProblem)).toEqual([
    'content/demo/a.mdx:16:15  L’ancien id «\u00a0quiz-b\u00a0» est listé dans les previousIds du quiz «\u00a0quiz-a\u00a0» de content/demo/a.mdx alors que content/demo/b.mdx le porte encore\u00a0: un ancien id ne peut pas être un id actuel, retirez-le de previousIds.',
    'content/demo/b.mdx:17:5  L’ancien id «\u00a0quiz-vieux\u00a0» est déjà repris par le quiz «\u00a0quiz-a\u00a0» de content/demo/a.mdx\u00a0: un seul quiz peut reprendre la progression d’un ancien id, retirez-le des previousIds du quiz «\u00a0quiz-b\u00a0» de content/demo/b.mdx.',
    'content/demo/b.mdx:18:5  L’ancien id «\u00a0quiz-b\u00a0» est listé dans les previousIds du quiz «\u00a0quiz-b\u00a0» de content/demo/b.mdx alors que content/demo/b.mdx le porte encore\u00a0: un ancien id ne peut pas être un id actuel, retirez-le de previousIds.',
  ]);
});
