// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { drawIndices, mulberry32 } from './seeded-draw';

const pool = fc
  .integer({ min: 1, max: 40 })
  .chain((size) => fc.tuple(fc.constant(size), fc.integer({ min: 1, max: size })));

test('a draw is `count` distinct positions of the pool, in ascending order', () => {
  fc.assert(
    fc.property(pool, fc.integer(), ([size, count], seed) => {
      const drawn = drawIndices(size, count, seed);
      expect(drawn).toHaveLength(count);
      expect(new Set(drawn).size).toBe(count);
      for (const index of drawn) {
        expect(Number.isInteger(index)).toBe(true);
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThan(size);
      }
      expect(drawn).toEqual([...drawn].sort((a, b) => a - b));
    }),
  );
});

test('the same seed draws the same positions', () => {
  fc.assert(
    fc.property(pool, fc.integer(), ([size, count], seed) => {
      expect(drawIndices(size, count, seed)).toEqual(drawIndices(size, count, seed));
    }),
  );
});

test('every position of the pool is drawn by some seed', () => {
  fc.assert(
    fc.property(pool, fc.nat(), ([size, count], firstSeed) => {
      const seen = new Set<number>();
      for (let seed = firstSeed; seed < firstSeed + 3000 && seen.size < size; seed++) {
        for (const index of drawIndices(size, count, seed)) seen.add(index);
      }
      expect(seen.size).toBe(size);
    }),
    { numRuns: 60 },
  );
});

test('different seeds give different draws, each position about as often as the others', () => {
  const counts = Array.from({ length: 18 }, () => 0);
  const draws = new Set<string>();
  for (let seed = 0; seed < 2000; seed++) {
    const drawn = drawIndices(18, 14, seed);
    draws.add(drawn.join(','));
    for (const index of drawn) counts[index] = (counts[index] ?? 0) + 1;
  }
  expect(draws.size).toBeGreaterThan(1000);
  // Each position is expected 2000 × 14 / 18 ≈ 1556 times.
  for (const count of counts) expect(Math.abs(count - 1556)).toBeLessThan(120);
});

test('a count outside the pool is brought back into it', () => {
  expect(drawIndices(5, 9, 1)).toEqual([0, 1, 2, 3, 4]);
  expect(drawIndices(5, 0, 1)).toEqual([]);
  expect(drawIndices(0, 3, 1)).toEqual([]);
  expect(drawIndices(5, -2, 1)).toEqual([]);
});

test('mulberry32 gives numbers in [0, 1), the same for a seed', () => {
  const a = mulberry32(7);
  const b = mulberry32(7);
  for (let i = 0; i < 100; i++) {
    const value = a();
    expect(value).toBe(b());
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThan(1);
  }
});
