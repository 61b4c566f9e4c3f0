// @vitest-environment node
import { expect, test } from 'vitest';
import { singleQuestion } from '../../testing/questions';
import { expectedAnswer, grade, isAnswered, readAnswer } from './single';

const question = singleQuestion(1);

test('the correct choice scores 1, another 0', () => {
  expect(grade(question, 'b')).toMatchObject({ score: 1, correct: true });
  expect(grade(question, 'a')).toMatchObject({ score: 0, correct: false });
});

test('marks each choice', () => {
  expect(grade(question, 'a').details).toEqual({
    type: 'single',
    selected: 'a',
    choices: [
      { id: 'a', selected: true, correct: false, status: 'wrong' },
      { id: 'b', selected: false, correct: true, status: 'missed' },
      { id: 'c', selected: false, correct: false, status: 'neutral' },
    ],
  });
  expect(grade(question, 'b').details.choices[1]?.status).toBe('right');
});

test.each([undefined, null, '', 'z', 3, ['b'], { id: 'b' }, true])('malformed answer %j scores 0', (answer) => {
  const result = grade(question, answer);
  expect(result.score).toBe(0);
  expect(result.details.selected).toBeNull();
});

test('isAnswered needs a known choice id', () => {
  expect(isAnswered(question, 'a')).toBe(true);
  expect(isAnswered(question, 'z')).toBe(false);
  expect(isAnswered(question, undefined)).toBe(false);
  expect(readAnswer('')).toBeNull();
});

test('expectedAnswer is the correct id', () => {
  expect(expectedAnswer(question)).toBe('b');
});
