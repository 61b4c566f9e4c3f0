// @vitest-environment node
import { expect, test } from 'vitest';
import { checkSyllabus } from './check-syllabus';
import { formatProblem, sortProblems } from './problems';
import { checkInputFor, lessonFile } from '../shared/temp-tree';

const syllabus = `modules:
  - module: demo
    title: Démo
    topics:
      - { id: d1, title: Premier }
      - { id: d2, title: Deuxième }
      - { id: d3, title: Troisième }
`;
const quiz = (topics: string) =>
  `## Ici\n\nTexte.\n\n\`\`\`quiz\nid: quiz-x\nquestions:\n  - id: q1\n    type: truefalse\n    prompt: Vrai.\n    topics: [${topics}]\n    answer: true\n\`\`\`\n`;

test('topics taught by published lessons, known topics and lessons with quizzes pass', () => {
  const input = checkInputFor({
    'content/syllabus.yaml': syllabus,
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', topics: ['d1', 'd2'], body: quiz('d1') }),
    'content/demo/b.mdx': lessonFile({
      id: 'demo-b',
      order: 2,
      topics: ['d3'],
      body: quiz('d3').replace('quiz-x', 'quiz-y'),
    }),
    'content/demo/c.mdx': lessonFile({ id: 'demo-c', order: 3 }),
  });
  expect(checkSyllabus(input)).toEqual([]);
});

test('uncovered, draft-only and unknown topics, and lessons with topics but no quiz, are reported', () => {
  const input = checkInputFor({
    'content/syllabus.yaml': syllabus,
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', topics: ['d1', 'z9'], body: quiz('d1, z8') }),
    'content/demo/b.mdx': lessonFile({ id: 'demo-b', order: 2, topics: ['d2'], draft: true }),
  });
  expect(sortProblems(checkSyllabus(input)).map(formatProblem)).toEqual([
    'content/demo/a.mdx:9:14  Le sujet « z9 » n’existe pas dans content/syllabus.yaml : utilisez l’un de d1, d2, d3.',
    'content/demo/a.mdx:22:18  Le sujet « z8 » de la question « q1 » n’existe pas dans content/syllabus.yaml : utilisez l’un de d1, d2, d3.',
    'content/demo/b.mdx:9:1  Cette leçon enseigne des sujets du programme (topics) mais n’a aucun quiz : ajoutez un bloc ```quiz en fin de leçon, ou videz topics.',
    'content/syllabus.yaml:6:11  Le sujet « d2 » (Deuxième) n’est enseigné que par des leçons brouillons : publiez l’une d’elles ou ajoutez d2 aux topics d’une leçon publiée.',
    'content/syllabus.yaml:7:11  Le sujet « d3 » (Troisième) n’est enseigné par aucune leçon : ajoutez d3 aux topics de la leçon qui le traite.',
  ]);
});

test('a lesson the loader rejected still covers its topics; no syllabus means no coverage check', () => {
  const broken = lessonFile({ id: 'demo-b', order: 2, topics: ['d2', 'd3'], body: 'a <3\n' });
  const withSyllabus = checkInputFor({
    'content/syllabus.yaml': syllabus,
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', topics: ['d1'], body: quiz('d1') }),
    'content/demo/b.mdx': broken,
  });
  expect(checkSyllabus(withSyllabus)).toEqual([]);
  const withoutSyllabus = checkInputFor({
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', topics: ['q1'], body: quiz('zz') }),
  });
  expect(checkSyllabus(withoutSyllabus)).toEqual([]);
});
