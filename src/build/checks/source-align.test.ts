// @vitest-environment node
import { expect, test } from 'vitest';
import { lineStarts, positionAt, readSourceUnit, sourceOffsetOf } from './source-align';

test.each([
  ['\\:', { char: ':', length: 2 }],
  ['&nbsp;', { char: '\u00a0', length: 6 }],
  ['&#8217;', { char: '’', length: 7 }],
  ['&#x2019;', { char: '’', length: 8 }],
  ['\\u00a0', { char: '\u00a0', length: 6 }],
  ['&inconnu;', { char: '&', length: 1 }],
  ['a', { char: 'a', length: 1 }],
])('reads the source unit %j', (source, unit) => {
  expect(readSourceUnit(source, 0)).toEqual(unit);
});

test('a character of a plain value maps to the same offset', () => {
  const source = 'xx Une phrase ?';
  expect(sourceOffsetOf('Une phrase ?', 11, source, 3)).toBe(14);
});

test('indentation, escapes and entities dropped by the parser are skipped', () => {
  const source = '> cité\n> l&apos;a\\: b';
  const value = "cité\nl'a: b";
  expect(source[sourceOffsetOf(value, value.indexOf("'"), source, 2)]).toBe('&');
  expect(sourceOffsetOf(value, value.indexOf(':'), source, 2)).toBe(source.indexOf('\\:'));
});

test('a folded YAML block maps each character to its own line', () => {
  const source = 'prompt: >-\n  Première ligne\n  seconde ligne ?\n';
  const value = 'Première ligne seconde ligne ?';
  const offset = sourceOffsetOf(value, value.length - 1, source, source.indexOf('>-'));
  expect(positionAt(lineStarts(source), offset)).toEqual({ line: 3, column: 17 });
});

test('an alignment that fails falls back to the start', () => {
  expect(sourceOffsetOf('zz', 1, 'abc', 1)).toBe(1);
});

test('positions are 1-based lines and columns', () => {
  const starts = lineStarts('ab\ncd\n');
  expect(positionAt(starts, 0)).toEqual({ line: 1, column: 1 });
  expect(positionAt(starts, 4)).toEqual({ line: 2, column: 2 });
  expect(positionAt(starts, 6)).toEqual({ line: 3, column: 1 });
});
