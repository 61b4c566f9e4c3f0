// @vitest-environment node
import { expect, test } from 'vitest';
import { orderingQuestion } from '../../testing/questions';
import { expectedAnswer, grade, isAnswered, readAnswer } from './ordering';

const question = orderingQuestion(4);

test.each<[number[], number]>([
  [[0, 1, 2, 3], 1],
  [[1, 0, 2, 3], 0.5],
  [[0, 1, 3, 2], 0.5],
  [[3, 2, 1, 0], 0],
  [[1, 2, 3, 0], 0],
  [[0, 2, 1, 3], 0.5],
  [[0, 3, 2, 1], 0.5],
])('order %j scores %d', (answer, score) => {
  expect(grade(question, answer).score).toBe(score);
});

test('details give each position in the learner order', () => {
  expect(grade(question, [1, 0, 2, 3]).details.positions).toEqual([
    { item: 1, position: 0, correct: false },
    { item: 0, position: 1, correct: false },
    { item: 2, position: 2, correct: true },
    { item: 3, position: 3, correct: true },
  ]);
});

test.each([
  undefined,
  null,
  [0, 1, 2],
  [0, 1, 2, 2],
  [0, 1, 2, 4],
  [0, 1, 2, 3, 4],
  ['0', '1', '2', '3'],
  [0, 1, 2, 2.5],
  'abc',
])('malformed answer %j scores 0', (answer) => {
  const result = grade(question, answer);
  expect(result.score).toBe(0);
  expect(result.details.positions).toEqual([]);
  expect(isAnswered(question, answer)).toBe(false);
});

test('readAnswer and expectedAnswer', () => {
  expect(readAnswer([2, 0, 1], 3)).toEqual([2, 0, 1]);
  expect(expectedAnswer(question)).toEqual([0, 1, 2, 3]);
  expect(isAnswered(question, [3, 2, 1, 0])).toBe(true);
});
