// @vitest-environment node
import { expect, test } from 'vitest';
import { readQuizYaml } from './quiz-yaml';

const source = `id: quiz-demo
title: Vérifiez vos acquis
questions:
  - id: q1
    type: single
    prompt: Quelle réponse ?
    section: une-section
    topics: [c1, c2]
    choices:
      - text: Oui
        correct: true
        feedback: Bien vu.
      - text: 42
    explanation: >-
      Une explication
      sur deux lignes.
    hints: [Un indice]
  - id: q2
    type: cloze
    prompt: Complétez.
    text: "Le pilote est [[overlay2]]."
  - id: q3
    type: matching
    prompt: Associez.
    left: [a, b]
    right: [c, d]
`;

test('every string a learner reads is located, numbers and non-prose fields left out', () => {
  const quiz = readQuizYaml(source);
  expect(quiz?.id).toBe('quiz-demo');
  expect(quiz?.strings.map((string) => string.field)).toEqual([
    'title',
    'questions[0].prompt',
    'questions[0].explanation',
    'questions[0].hints[0]',
    'questions[0].choices[0].text',
    'questions[0].choices[0].feedback',
    'questions[1].prompt',
    'questions[1].text',
    'questions[2].prompt',
    'questions[2].left[0]',
    'questions[2].left[1]',
    'questions[2].right[0]',
    'questions[2].right[1]',
  ]);
  const prompt = quiz?.strings[1];
  expect(prompt && quiz?.positionOf(prompt.start)).toEqual({ line: 6, column: 13 });
});

test('cloze blanks are masked and sections and topics located', () => {
  const quiz = readQuizYaml(source);
  const cloze = quiz?.strings.find((string) => string.field === 'questions[1].text');
  expect(cloze?.mask).toEqual([[14, 26]]);
  expect(quiz?.questions[0]?.section?.value).toBe('une-section');
  expect(quiz?.questions[0]?.topics.map((topic) => topic.value)).toEqual(['c1', 'c2']);
  expect(quiz?.questions.map((question) => question.id)).toEqual(['q1', 'q2', 'q3']);
});

test('YAML that does not parse, or is not a mapping, is left to the quiz parser', () => {
  expect(readQuizYaml('id: [')).toBeNull();
  expect(readQuizYaml('- a')).toBeNull();
});

test('the quiz id and its former ids (previousIds) are located', () => {
  const quiz = readQuizYaml('id: quiz-nouveau\npreviousIds: [quiz-ancien, 3]\nquestions: []\n');
  expect(quiz?.idString && quiz.positionOf(quiz.idString.start)).toEqual({ line: 1, column: 5 });
  expect(quiz?.previousIds.map((previous) => [previous.field, previous.value])).toEqual([
    ['previousIds[0]', 'quiz-ancien'],
  ]);
  const first = quiz?.previousIds[0];
  expect(first && quiz?.positionOf(first.start)).toEqual({ line: 2, column: 15 });
  expect(readQuizYaml(source)?.previousIds).toEqual([]);
});
