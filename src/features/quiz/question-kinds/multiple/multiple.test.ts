// @vitest-environment node
import { expect, test } from 'vitest';
import { multipleQuestion } from '../../testing/questions';
import { expectedAnswer, grade, isAnswered, readAnswer } from './multiple';

// a, b, c correct; d, e wrong
const question = multipleQuestion([true, true, true, false, false]);

test.each<[string[], number]>([
  [['a', 'b', 'c'], 1],
  [['c', 'a', 'b'], 1],
  [['a', 'b'], 2 / 3],
  [['a'], 1 / 3],
  [['a', 'b', 'c', 'd'], 2 / 3],
  [['a', 'd'], 0],
  [['a', 'd', 'e'], 0],
  [['d', 'e'], 0],
  [[], 0],
  [['a', 'a', 'a'], 1 / 3],
])('picking %j scores %d', (answer, score) => {
  expect(grade(question, answer).score).toBeCloseTo(score, 10);
});

test('only a complete, clean selection is correct', () => {
  expect(grade(question, ['a', 'b', 'c']).correct).toBe(true);
  expect(grade(question, ['a', 'b', 'c', 'd']).correct).toBe(false);
});

test('details count right and wrong picks and mark each choice', () => {
  const { details } = grade(question, ['a', 'd']);
  expect(details).toMatchObject({ type: 'multiple', rightPicks: 1, wrongPicks: 1, correctCount: 3 });
  expect(details.choices.map((choice) => choice.status)).toEqual(['right', 'missed', 'missed', 'wrong', 'neutral']);
});

test.each([undefined, null, 'a', 7, { a: true }, [1, 2], [null]])('malformed answer %j scores 0', (answer) => {
  expect(grade(question, answer).score).toBe(0);
});

test('unknown ids are ignored', () => {
  expect(grade(question, ['a', 'b', 'c', 'zz']).score).toBe(1);
  expect(isAnswered(question, ['zz'])).toBe(false);
});

test('readAnswer drops duplicates and non-strings; expectedAnswer lists the correct ids', () => {
  expect(readAnswer(['a', 'a', 3, 'b'])).toEqual(['a', 'b']);
  expect(readAnswer('a')).toBeNull();
  expect(expectedAnswer(question)).toEqual(['a', 'b', 'c']);
  expect(isAnswered(question, ['d'])).toBe(true);
  expect(isAnswered(question, [])).toBe(false);
});
