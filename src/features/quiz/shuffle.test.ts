// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { deriveSeed, firstAttemptSeed, mulberry32, newSeed, shuffle } from './shuffle';

test('shuffle is a permutation', () => {
  fc.assert(
    fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
      const result = shuffle(items, seed);
      expect([...result].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
    }),
  );
});

test('shuffle is deterministic for a seed and leaves its input alone', () => {
  fc.assert(
    fc.property(fc.array(fc.string()), fc.integer(), (items, seed) => {
      const copy = [...items];
      expect(shuffle(items, seed)).toEqual(shuffle(items, seed));
      expect(items).toEqual(copy);
    }),
  );
});

test('different seeds give different orders', () => {
  const items = Array.from({ length: 8 }, (_v, i) => i);
  const orders = new Set(Array.from({ length: 50 }, (_v, seed) => shuffle(items, seed).join(',')));
  expect(orders.size).toBeGreaterThan(40);
});

test('every position is reachable (no obvious bias)', () => {
  const counts = [0, 0, 0, 0];
  for (let seed = 0; seed < 4000; seed++) {
    const position = shuffle([0, 1, 2, 3], seed).indexOf(0);
    counts[position] = (counts[position] ?? 0) + 1;
  }
  for (const count of counts) expect(count).toBeGreaterThan(800);
});

test('mulberry32 yields numbers in [0, 1) and repeats for a seed', () => {
  const a = mulberry32(42);
  const b = mulberry32(42);
  for (let i = 0; i < 100; i++) {
    const value = a();
    expect(value).toBe(b());
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThan(1);
  }
});

test('deriveSeed depends on both the seed and the key', () => {
  expect(deriveSeed(1, 'q1')).toBe(deriveSeed(1, 'q1'));
  expect(deriveSeed(1, 'q1')).not.toBe(deriveSeed(1, 'q2'));
  expect(deriveSeed(1, 'q1')).not.toBe(deriveSeed(2, 'q1'));
  expect(Number.isInteger(deriveSeed(-5, 'é'))).toBe(true);
});

test('newSeed gives non-negative integers that vary', () => {
  const seeds = new Set(Array.from({ length: 20 }, () => newSeed()));
  expect(seeds.size).toBeGreaterThan(15);
  for (const seed of seeds) {
    expect(Number.isInteger(seed)).toBe(true);
    expect(seed).toBeGreaterThanOrEqual(0);
  }
});

test('firstAttemptSeed is the same on every load of a quiz, differs between quizzes and is non-negative', () => {
  expect(firstAttemptSeed('ex-demo-types')).toBe(firstAttemptSeed('ex-demo-types'));
  expect(firstAttemptSeed('ex-demo-types')).not.toBe(firstAttemptSeed('ex-autre'));
  for (const id of ['a', 'quiz-x', 'ex-demo-types', 'é']) {
    const seed = firstAttemptSeed(id);
    expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 31).toBe(true);
  }
});
