import fc from 'fast-check';
import { expect, test } from 'vitest';
import { analyse, foldText, processTerm, stem, tokenize } from './french';

test('folding lowercases, removes accents and ligatures, and plains the apostrophe', () => {
  expect(foldText('Élément Hôte Cœur Système’s')).toBe("element hote coeur systeme's");
  expect(foldText('ÇA À ÉTÉ')).toBe('ca a ete');
});

test.each([
  ['conteneurs', 'conteneur'],
  ['Conteneur', 'conteneur'],
  ['réseaux', 'reseau'],
  ['réseau', 'reseau'],
  ['journaux', 'journal'],
  ['virtuelles', 'virtuel'],
  ['virtuel', 'virtuel'],
  ['isolées', 'isol'],
  ['isolé', 'isol'],
  ['isoler', 'isol'],
  ['images', 'imag'],
  ['image', 'imag'],
])('%s and its other forms meet on one term', (word, expected) => {
  expect(processTerm(word)).toBe(expected);
});

test('elisions are stripped and stop words dropped', () => {
  expect(processTerm('l’image')).toBe(processTerm('image'));
  expect(processTerm("d'un")).toBeNull();
  expect(processTerm('qu’il')).toBeNull();
  expect(analyse('Les conteneurs de l’hôte et le noyau')).toEqual(['conteneur', 'hot', 'noyau']);
});

test('words with digits and short words are kept as they are', () => {
  expect(processTerm('overlay2')).toBe('overlay2');
  expect(processTerm('8080')).toBe('8080');
  expect(stem('vms')).toBe('vms');
});

test('tokenizing splits on punctuation, hyphens and dots but keeps apostrophes inside words', () => {
  expect(tokenize('docker-compose.yaml : l’image, 8080/tcp')).toEqual([
    'docker',
    'compose',
    'yaml',
    'l’image',
    '8080',
    'tcp',
  ]);
});

test('stemming only removes endings, so a stemmed word is a prefix of the folded word', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[a-zéèêàùç]{1,14}$/), (word) => {
      const folded = foldText(word);
      const stemmed = stem(folded);
      expect(stemmed.length).toBeGreaterThan(0);
      const reducedEnding = folded.endsWith('aux') && stemmed.endsWith('al');
      if (!reducedEnding) expect(folded.startsWith(stemmed)).toBe(true);
    }),
  );
});
