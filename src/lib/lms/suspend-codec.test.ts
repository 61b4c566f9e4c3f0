// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../quiz-records';
import { decodeSuspendData, encodeSuspendData, fromBase85, pack, toBase85, unpack } from './suspend-codec';

const instant = fc
  .integer({ min: Date.parse('2020-01-01T00:00:00.000Z'), max: Date.parse('2030-01-01T00:00:00.000Z') })
  .map((time) => new Date(time).toISOString());
/** JSON with instants, strings starting with `~`, and anything else JSON allows. */
const json: fc.Arbitrary<JsonValue> = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    instant,
    fc.string(),
    fc.string().map((text) => `~${text}`),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((value) => !Object.is(value, -0)),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.string(), tie('value'), { maxKeys: 5 }),
  ),
})).value;

describe('suspend_data codec', () => {
  it('gives back exactly the document encoded, whatever its shape', async () => {
    await fc.assert(
      fc.asyncProperty(json, async (document) => {
        const text = await encodeSuspendData(document);
        expect(await decodeSuspendData(text)).toEqual(document);
        expect(unpack(pack(document))).toEqual(document);
      }),
      { numRuns: 150 },
    );
  });

  it('base 85 round-trips any bytes, in printable characters an LMS keeps as they are', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase85(bytes);
        expect(text).toMatch(/^[!#-%(-;=?-~]*$/);
        expect(text).not.toMatch(/["'\\&<> ]/);
        expect([...fromBase85(text)]).toEqual([...bytes]);
        expect(text.length).toBe(Math.ceil((bytes.length * 5) / 4));
      }),
    );
  });

  it('packs dates into a few characters and compresses repeated structure', async () => {
    const document = { at: '2026-09-01T08:02:22.538Z', list: Array.from({ length: 50 }, () => ({ done: true })) };
    expect(pack(document)).not.toContain('2026-09-01');
    const text = await encodeSuspendData(document);
    expect(text.startsWith('1Z')).toBe(true);
    expect(text.length).toBeLessThan(JSON.stringify(document).length / 4);
  });

  it('refuses what it did not write, with a reason', async () => {
    await expect(decodeSuspendData('2J[]')).rejects.toThrow(/codec version/);
    await expect(decodeSuspendData('1Q[]')).rejects.toThrow(/encoding/);
    await expect(decodeSuspendData('1J{"a":1}')).rejects.toThrow(/packed/);
    await expect(decodeSuspendData('1Z"\'')).rejects.toThrow();
    await expect(decodeSuspendData('1K!!!!!')).rejects.toThrow(/structured/);
  });
});
