/**
 * Deterministic shuffles. A draft keeps one seed, so the order of choices survives a
 * reload; a new attempt draws a new seed, so the order changes between attempts.
 */
import { mulberry32 } from '../../lib/seeded-draw';

export { mulberry32 };

/** Fisher–Yates with the seeded PRNG; returns a new array, never mutates `items`. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  const random = mulberry32(seed);
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = result[i] as T;
    result[i] = result[j] as T;
    result[j] = a;
  }
  return result;
}

/** Mixes a key (a question id) into a seed, so each question of one attempt gets its own order. */
export function deriveSeed(seed: number, key: string): number {
  // FNV-1a over the key, started from the seed.
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash | 0;
}

/**
 * The seed of a quiz's first attempt, shown before the learner has touched it: derived from the
 * quiz id, so the prerendered page and the browser draw the same order and hydration never
 * reshuffles what is on screen. The draft created on the first answer keeps it; every later
 * attempt draws a fresh seed (`newSeed`).
 */
export function firstAttemptSeed(quizId: string): number {
  return deriveSeed(0, quizId) >>> 1;
}

/** A fresh non-negative 31-bit seed for a new attempt. */
export function newSeed(): number {
  const cryptoApi = globalThis.crypto;
  if (cryptoApi && typeof cryptoApi.getRandomValues === 'function') {
    const buffer = new Uint32Array(1);
    cryptoApi.getRandomValues(buffer);
    return (buffer[0] ?? 0) >>> 1;
  }
  return Math.floor(Math.random() * 0x7fffffff);
}
