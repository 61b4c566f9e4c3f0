// @vitest-environment node
import { expect, test } from 'vitest';
import { initialOf, sortTerms } from './glossary-page';

test('a term starting with punctuation is filed under its first letter: .dockerignore under D', () => {
  expect(initialOf('.dockerignore')).toBe('D');
  expect(initialOf('Écosystème')).toBe('E');
  expect(initialOf('cgroups')).toBe('C');
});

test('it sorts among the D terms, not before A', () => {
  const sorted = sortTerms([{ term: 'Dockerfile' }, { term: '.dockerignore' }, { term: 'Agent' }, { term: 'daemon' }]);
  expect(sorted.map((entry) => entry.term)).toEqual(['Agent', 'daemon', 'Dockerfile', '.dockerignore']);
});
