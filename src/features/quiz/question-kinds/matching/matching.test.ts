// @vitest-environment node
import { expect, test } from 'vitest';
import { matchingQuestion } from '../../testing/questions';
import { expectedAnswer, grade, isAnswered, readAnswer } from './matching';

const question = matchingQuestion(4);

test.each<[Record<string, number>, number]>([
  [{ 0: 0, 1: 1, 2: 2, 3: 3 }, 1],
  [{ 0: 1, 1: 0, 2: 2, 3: 3 }, 0.5],
  [{ 0: 0 }, 0.25],
  [{ 0: 3, 1: 2, 2: 1, 3: 0 }, 0],
  [{}, 0],
  [{ 0: 0, 1: 0, 2: 0, 3: 0 }, 0.25],
])('pairs %j score %d', (answer, score) => {
  expect(grade(question, answer).score).toBe(score);
});

test('details give each pair', () => {
  expect(grade(question, { 0: 1, 2: 2 }).details.pairs).toEqual([
    { left: 0, given: 1, expected: 0, correct: false },
    { left: 1, given: null, expected: 1, correct: false },
    { left: 2, given: 2, expected: 2, correct: true },
    { left: 3, given: null, expected: 3, correct: false },
  ]);
});

test.each([
  undefined,
  null,
  'x',
  [0, 1, 2, 3],
  { 0: '0' },
  { x: 0 },
  { 9: 0 },
  { 0: 9 },
  { 0: -1 },
  { '-1': 0 },
  { 0: 1.5 },
])('malformed answer %j scores 0', (answer) => {
  expect(grade(question, answer).score).toBe(0);
});

test('isAnswered needs every left item paired', () => {
  expect(isAnswered(question, { 0: 0, 1: 1, 2: 2 })).toBe(false);
  expect(isAnswered(question, { 0: 3, 1: 2, 2: 1, 3: 0 })).toBe(true);
  expect(readAnswer({ 0: 1, x: 2 }, 4)).toEqual(new Map([[0, 1]]));
  expect(expectedAnswer(question)).toEqual({ 0: 0, 1: 1, 2: 2, 3: 3 });
});
