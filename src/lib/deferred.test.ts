import fc from 'fast-check';
import * as z from 'zod/mini';
import { expect, test, vi } from 'vitest';
import { deferred } from './deferred';

test('a deferred value is built on its first use, once, and not before', () => {
  const build = vi.fn(() => ({ answer: 42, twice: (n: number) => 2 * n }));
  const value = deferred(build);
  expect(build).not.toHaveBeenCalled();
  expect(value.answer).toBe(42);
  expect(value.twice(21)).toBe(42);
  expect('answer' in value).toBe(true);
  expect(Object.keys(value)).toEqual(['answer', 'twice']);
  expect(build).toHaveBeenCalledTimes(1);
});

test('a deferred schema parses, nests and answers instanceof as the schema itself', () => {
  const build = vi.fn(() => z.object({ id: z.string().check(z.minLength(1)) }));
  const item = deferred(build);
  const list = deferred(() => z.array(item));
  expect(build).not.toHaveBeenCalled();
  expect(list.safeParse([{ id: 'a' }, { id: 'b' }]).success).toBe(true);
  expect(list.safeParse([{ id: '' }]).success).toBe(false);
  expect(item).toBeInstanceOf(z.ZodMiniObject);
  expect(Object.keys(item.shape)).toEqual(['id']);
  expect(build).toHaveBeenCalledTimes(1);
});

test('a deferred schema accepts and refuses exactly what the schema it stands for does', () => {
  const direct = z.object({ n: z.int().check(z.minimum(0)), tags: z.array(z.string()) });
  const late = deferred(() => z.object({ n: z.int().check(z.minimum(0)), tags: z.array(z.string()) }));
  fc.assert(
    fc.property(fc.anything(), (input) => {
      const a = direct.safeParse(input);
      const b = late.safeParse(input);
      expect(b.success).toBe(a.success);
      if (a.success && b.success) expect(b.data).toEqual(a.data);
    }),
  );
});
