// @vitest-environment node
import { expect, test } from 'vitest';
import { trueFalseQuestion } from '../../testing/questions';
import { expectedAnswer, grade, isAnswered } from './truefalse';

test.each<[boolean, unknown, number]>([
  [true, true, 1],
  [true, false, 0],
  [false, false, 1],
  [false, true, 0],
  [false, 'false', 0],
  [false, 0, 0],
  [false, null, 0],
  [true, undefined, 0],
])('answer %s, given %j scores %d', (answer, given, score) => {
  expect(grade(trueFalseQuestion(answer), given).score).toBe(score);
});

test('details say what was given and expected', () => {
  expect(grade(trueFalseQuestion(false), true).details).toEqual({ type: 'truefalse', given: true, expected: false });
  expect(grade(trueFalseQuestion(false), 'x').details.given).toBeNull();
});

test('isAnswered and expectedAnswer', () => {
  expect(isAnswered(trueFalseQuestion(true), false)).toBe(true);
  expect(isAnswered(trueFalseQuestion(true), undefined)).toBe(false);
  expect(expectedAnswer(trueFalseQuestion(true))).toBe(true);
});
