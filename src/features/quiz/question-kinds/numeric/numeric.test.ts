// @vitest-environment node
import { expect, test } from 'vitest';
import { numericQuestion } from '../../testing/questions';
import { expectedAnswer, grade, isAnswered, parseNumberInput } from './numeric';

test.each<[string, { value: number; unit: string } | null]>([
  ['8080', { value: 8080, unit: '' }],
  ['8 080', { value: 8080, unit: '' }],
  ['8\u00a0080', { value: 8080, unit: '' }],
  ['2,5', { value: 2.5, unit: '' }],
  ['2.5', { value: 2.5, unit: '' }],
  ['.5', { value: 0.5, unit: '' }],
  ['-3', { value: -3, unit: '' }],
  ['\u22123', { value: -3, unit: '' }],
  ['+4', { value: 4, unit: '' }],
  ['512 Mo', { value: 512, unit: 'Mo' }],
  ['512Mo', { value: 512, unit: 'Mo' }],
  ['1e3', { value: 1000, unit: '' }],
  ['  42  ', { value: 42, unit: '' }],
  ['abc', null],
  ['', null],
  ['Mo 512', null],
])('parseNumberInput(%j)', (input, expected) => {
  expect(parseNumberInput(input)).toEqual(expected);
});

test.each<[number, number, string | undefined, unknown, number]>([
  [80, 0, undefined, '80', 1],
  [80, 0, undefined, '81', 0],
  [2.5, 0, undefined, '2,5', 1],
  [2.5, 0, undefined, '2.5', 1],
  [100, 5, undefined, '104', 1],
  [100, 5, undefined, '95', 1],
  [100, 5, undefined, '106', 0],
  [512, 0, 'Mo', '512', 1],
  [512, 0, 'Mo', '512 Mo', 1],
  [512, 0, 'Mo', '512 mo', 1],
  [512, 0, 'Mo', '512 Go', 0],
  [80, 0, undefined, '80 ports', 0],
  [0.3, 0, undefined, '0,3', 1],
  [8080, 0, undefined, '8 080', 1],
  [80, 0, undefined, 80, 0],
  [80, 0, undefined, undefined, 0],
  [80, 0, undefined, 'quatre-vingts', 0],
])('answer %d ± %d %s, given %j scores %d', (answer, tolerance, unit, given, score) => {
  expect(grade(numericQuestion(answer, tolerance, unit), given).score).toBe(score);
});

test('details name the problem', () => {
  expect(grade(numericQuestion(512, 0, 'Mo'), '512 Go').details).toEqual({
    type: 'numeric',
    given: '512 Go',
    value: 512,
    problem: 'wrongUnit',
  });
  expect(grade(numericQuestion(80), 'abc').details.problem).toBe('notANumber');
  expect(grade(numericQuestion(80), '').details.problem).toBe('empty');
  expect(grade(numericQuestion(80), '81').details.problem).toBe('outOfTolerance');
  expect(grade(numericQuestion(80), '80').details.problem).toBeNull();
});

test('isAnswered and expectedAnswer', () => {
  expect(isAnswered(numericQuestion(1), '')).toBe(false);
  expect(isAnswered(numericQuestion(1), 'x')).toBe(true);
  expect(expectedAnswer(numericQuestion(2.5))).toBe('2.5');
});
