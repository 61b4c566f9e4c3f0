// @vitest-environment node
import { expect, test } from 'vitest';
import { clozeQuestion } from '../../testing/questions';
import { expectedAnswer, grade, isAnswered } from './cloze';

const question = clozeQuestion('Le pilote est [[overlay2|overlay 2]] et il empile des [[couches|layers]].');

test.each<[Record<string, string>, number]>([
  [{ b1: 'overlay2', b2: 'couches' }, 1],
  [{ b1: 'Overlay 2', b2: 'LAYERS' }, 1],
  [{ b1: '  overlay2 ', b2: 'Couches' }, 1],
  [{ b1: 'overlay2', b2: 'blocs' }, 0.5],
  [{ b1: 'aufs' }, 0],
  [{ b2: 'layers' }, 0.5],
  [{}, 0],
  [{ b1: '', b2: '' }, 0],
])('blanks %j score %d', (answer, score) => {
  expect(grade(question, answer).score).toBe(score);
});

test('a blank typed with a final full stop or other trailing punctuation is right', () => {
  expect(grade(question, { b1: 'overlay2.', b2: 'couches !' }).score).toBe(1);
  expect(grade(question, { b1: 'overlay 2…', b2: 'layers,' }).score).toBe(1);
  const path = clozeQuestion('Construire depuis [[.]] avec le fichier [[Dockerfile]].');
  expect(grade(path, { b1: '.', b2: 'Dockerfile.' }).score).toBe(1);
});

test('accents do not matter', () => {
  const accented = clozeQuestion('Un [[réseau]] ponté.');
  expect(grade(accented, { b1: 'reseau' }).score).toBe(1);
  expect(grade(accented, { b1: 'RÉSEAU' }).score).toBe(1);
});

test('details give each blank', () => {
  expect(grade(question, { b1: 'aufs', b2: 'layers' }).details.blanks).toEqual([
    { id: 'b1', given: 'aufs', correct: false, expected: ['overlay2', 'overlay 2'] },
    { id: 'b2', given: 'layers', correct: true, expected: ['couches', 'layers'] },
  ]);
});

test.each([undefined, null, 'overlay2', ['overlay2'], { b1: 3 }])('malformed answer %j scores 0', (answer) => {
  expect(grade(question, answer).score).toBe(0);
});

test('isAnswered needs every blank filled', () => {
  expect(isAnswered(question, { b1: 'x' })).toBe(false);
  expect(isAnswered(question, { b1: 'x', b2: ' ' })).toBe(false);
  expect(isAnswered(question, { b1: 'x', b2: 'y' })).toBe(true);
  expect(expectedAnswer(question)).toEqual({ b1: 'overlay2', b2: 'couches' });
});
