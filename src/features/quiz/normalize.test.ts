// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { matchesAnswer, normalizeText } from './normalize';

test.each([
  ['Dockerfile', 'dockerfile'],
  ['  le   Dockerfile  ', 'le dockerfile'],
  ['Éléphant', 'elephant'],
  ['crème brûlée', 'creme brulee'],
  ['l’image', "l'image"],
  ['l‘image', "l'image"],
  ['«\u00a0conteneur\u00a0»', '" conteneur "'],
  ['“quoted”', '"quoted"'],
  ['a\u202fb\tc\nd', 'a b c d'],
  ['ÇA', 'ca'],
  ['', ''],
])('normalizeText(%j) is %j', (input, expected) => {
  expect(normalizeText(input)).toBe(expected);
});

test('normalisation is idempotent', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      const once = normalizeText(text);
      expect(normalizeText(once)).toBe(once);
    }),
  );
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (text) => {
      const once = normalizeText(text);
      expect(normalizeText(once)).toBe(once);
    }),
    { numRuns: 2000 },
  );
});

test('accents and case never matter', () => {
  fc.assert(
    fc.property(fc.constantFrom('é', 'è', 'ê', 'à', 'ù', 'ô', 'î', 'ç'), fc.string(), (accented, rest) => {
      expect(normalizeText(`${accented.toUpperCase()}${rest}`)).toBe(normalizeText(`${accented}${rest}`));
    }),
  );
});

test('an accepted answer followed by sentence punctuation still matches it', () => {
  fc.assert(
    fc.property(
      fc.string({ unit: 'grapheme', minLength: 1 }).filter((text) => /[\p{L}\p{N}]$/u.test(text.trim())),
      fc.constantFrom('.', '!', '?', '…', ' .', ';', ',', ':', ' !'),
      (accepted, punctuation) => {
        expect(matchesAnswer(accepted + punctuation, accepted)).toBe(true);
        expect(matchesAnswer(accepted, accepted + punctuation)).toBe(true);
      },
    ),
  );
});
