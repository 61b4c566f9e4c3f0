// @vitest-environment node
import { expect, test } from 'vitest';
import { defaultChoiceId, normalizeQuiz, parseClozeText, quizSchema, type AuthoredQuestion } from './quiz-schema';

test('parseClozeText splits text and blanks', () => {
  expect(parseClozeText('Le pilote est [[overlay2|overlay 2]] et [[ couches ]].')).toEqual({
    segments: [
      { kind: 'text', text: 'Le pilote est ' },
      { kind: 'blank', id: 'b1' },
      { kind: 'text', text: ' et ' },
      { kind: 'blank', id: 'b2' },
      { kind: 'text', text: '.' },
    ],
    blanks: [
      { id: 'b1', answers: ['overlay2', 'overlay 2'] },
      { id: 'b2', answers: ['couches'] },
    ],
    emptyBlanks: [],
    blankOffsets: [14, 40],
    unclosedAt: null,
  });
});

test('parseClozeText reports empty and unclosed blanks', () => {
  expect(parseClozeText('[[]] et [[ | ]]').emptyBlanks).toEqual([0, 1]);
  expect(parseClozeText('sans trou').blanks).toEqual([]);
  expect(parseClozeText('a [[b]] c [[d').unclosedAt).toBe(10);
  expect(parseClozeText('[[a]][[b]]').segments).toEqual([
    { kind: 'blank', id: 'b1' },
    { kind: 'blank', id: 'b2' },
  ]);
});

test('default choice ids are a, b, c…', () => {
  expect([0, 1, 2, 25, 26, 27].map(defaultChoiceId)).toEqual(['a', 'b', 'c', 'z', 'aa', 'ab']);
});

test('normalizeQuiz fills the defaults', () => {
  const questions: AuthoredQuestion[] = [
    {
      id: 'q1',
      type: 'single',
      prompt: 'P',
      choices: [{ text: 'A', correct: true }, { text: 'B', id: 'autre', feedback: 'Non.' }, { text: 'C' }],
    },
    { id: 'q2', type: 'numeric', prompt: 'N', answer: 3 },
    { id: 'q3', type: 'command', prompt: 'C', answer: 'docker ps' },
    { id: 'q4', type: 'short', prompt: 'S', answers: [' Dockerfile ', ''] },
  ];
  const quiz = normalizeQuiz({ id: 'quiz', questions }, questions);
  expect(quiz).toMatchObject({ id: 'quiz', mode: 'practice', passMark: 70, hintPenalty: 0.25 });
  expect(quiz).not.toHaveProperty('title');
  expect(quiz.questions[0]).toEqual({
    id: 'q1',
    type: 'single',
    prompt: 'P',
    topics: [],
    hints: [],
    choices: [
      { id: 'a', text: 'A', correct: true },
      { id: 'autre', text: 'B', correct: false, feedback: 'Non.' },
      { id: 'c', text: 'C', correct: false },
    ],
  });
  expect(quiz.questions[1]).toMatchObject({ tolerance: 0 });
  expect(quiz.questions[2]).toMatchObject({ alternatives: [] });
  expect(quiz.questions[3]).toMatchObject({ answers: ['Dockerfile'] });
  expect(quizSchema.parse(JSON.parse(JSON.stringify(quiz)))).toEqual(quiz);
});
