// @vitest-environment node
import { expect, test } from 'vitest';
import { commandQuestion } from '../../testing/questions';
import { expectedAnswer, grade, isAnswered } from './command';

const question = commandQuestion('docker run -d -p 8080:80 nginx', ['docker run -d -p 8080:80 --name web nginx']);

test.each<[unknown, number]>([
  ['docker run -d -p 8080:80 nginx', 1],
  ['docker run -p 8080:80 --detach nginx:latest', 1],
  ['docker container run --name web -dp 8080:80 nginx', 1],
  ['docker run -d -p 80:8080 nginx', 0],
  ['docker run nginx', 0],
  ['docker ps', 0],
  ['rm -rf /', 0],
  ['', 0],
  [undefined, 0],
  [42, 0],
])('%j scores %d', (answer, score) => {
  expect(grade(question, answer).score).toBe(score);
});

test('details carry the problems, structured and in French', () => {
  const { details } = grade(question, 'docker run -d -p 80:8080 nginx');
  expect(details.parseError).toBe(false);
  expect(details.issues).toEqual([{ code: 'portReversed', vars: { expected: '8080:80' } }]);
  expect(details.problems[0]).toMatch(/^La publication de port est inversée/);
});

test('an unreadable command is a parse error', () => {
  const { details } = grade(question, 'docker run -e "A nginx');
  expect(details.parseError).toBe(true);
  expect(details.issues[0]?.code).toBe('unterminatedQuote');
});

test('isAnswered and expectedAnswer', () => {
  expect(isAnswered(question, '  ')).toBe(false);
  expect(isAnswered(question, 'docker')).toBe(true);
  expect(expectedAnswer(question)).toBe('docker run -d -p 8080:80 nginx');
});
