// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { splitCodeWords } from './code-words';

test('hyphenated words are kept whole, the rest is left to wrap', () => {
  expect(splitCodeWords('docker stats --no-stream')).toEqual([
    { text: 'docker', keepWhole: false },
    { text: ' ', keepWhole: false },
    { text: 'stats', keepWhole: false },
    { text: ' ', keepWhole: false },
    { text: '--no-stream', keepWhole: true },
  ]);
  expect(splitCodeWords('-p')).toEqual([{ text: '-p', keepWhole: true }]);
  expect(splitCodeWords('x'.repeat(30) + '-' + 'y'.repeat(10))[0]?.keepWhole).toBe(false);
});

test('the words put back together are the code, unchanged', () => {
  fc.assert(
    fc.property(fc.string(), (code) => {
      expect(
        splitCodeWords(code)
          .map((word) => word.text)
          .join(''),
      ).toBe(code);
    }),
  );
});
