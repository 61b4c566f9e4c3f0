import { expect, test } from 'vitest';
import { looksTruncated, parseJsonSafely } from './safe-json';

test('parses ordinary JSON', () => {
  expect(parseJsonSafely('{"a":[1,"deux",null]}')).toEqual({ ok: true, value: { a: [1, 'deux', null] } });
});

test.each([
  ['{"__proto__": {"polluted": true}}'],
  ['{"data": {"lessons": {"constructor": {"prototype": {"x": 1}}}}}'],
  ['[{"ok": 1}, {"deep": [{"prototype": 1}]}]'],
])('refuses prototype keys anywhere: %s', (text) => {
  expect(parseJsonSafely(text)).toEqual({ ok: false, reason: 'hostile' });
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

test.each([
  ['', 'empty'],
  ['   ', 'empty'],
  ['bonjour', 'syntax'],
  ['{"a": 1}}', 'syntax'],
  ['{"app": "cours-docker", "data": {"lessons": {', 'truncated'],
  ['{"app": "cours-do', 'truncated'],
  ['[1, 2', 'truncated'],
])('tells why %j is not JSON: %s', (text, reason) => {
  expect(parseJsonSafely(text)).toEqual({ ok: false, reason });
});

test('a closing bracket inside a string does not close anything', () => {
  expect(looksTruncated('{"a": "}]"')).toBe(true);
  expect(looksTruncated('{"a": "\\"}"}')).toBe(false);
});
