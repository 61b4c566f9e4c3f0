// @vitest-environment node
import { expect, test } from 'vitest';
import { shortQuestion } from '../../testing/questions';
import { expectedAnswer, grade, isAnswered } from './short';

const question = shortQuestion(['Dockerfile', 'le Dockerfile', 'l’image']);

test.each<[unknown, number]>([
  ['Dockerfile', 1],
  ['dockerfile', 1],
  ['  DOCKERFILE  ', 1],
  ['le   dockerfile', 1],
  ["l'image", 1],
  ['L’IMAGE', 1],
  ['docker file', 0],
  ['', 0],
  ['   ', 0],
  [undefined, 0],
  [42, 0],
  [['Dockerfile'], 0],
])('%j scores %d', (answer, score) => {
  expect(grade(question, answer).score).toBe(score);
});

test.each(['Dockerfile.', 'le Dockerfile !', 'Dockerfile…', 'l’image ?', 'Dockerfile ;', 'Dockerfile,'])(
  'a final full stop or other trailing punctuation is forgiven: %j',
  (answer) => {
    expect(grade(question, answer).score).toBe(1);
  },
);

test('punctuation alone is not an answer, and inner punctuation still counts', () => {
  expect(grade(question, '.').score).toBe(0);
  expect(grade(question, 'Docker.file').score).toBe(0);
  // An accepted answer that is punctuation itself is typed as it is.
  const context = shortQuestion(['.']);
  expect(grade(context, '.').score).toBe(1);
  expect(grade(context, '..').score).toBe(0);
});

test('details keep what was typed', () => {
  expect(grade(question, 'Docker').details).toEqual({ type: 'short', given: 'Docker' });
});

test('isAnswered and expectedAnswer', () => {
  expect(isAnswered(question, ' ')).toBe(false);
  expect(isAnswered(question, 'x')).toBe(true);
  expect(expectedAnswer(question)).toBe('Dockerfile');
});
