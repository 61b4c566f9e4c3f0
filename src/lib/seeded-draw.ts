/**
 * Seeded randomness for the course: a small PRNG (mulberry32) and the draw of an exam's questions
 * from its pool. The same seed always gives the same numbers, so an attempt stored with its seed
 * shows the same questions after a reload, and the prerender and the browser agree.
 */

/** mulberry32: a small 32-bit PRNG, good enough to shuffle choices and draw questions. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` distinct positions of a pool of `size`, drawn with `seed`, in ascending order (the
 * questions keep the order the author wrote). A count outside 0…size is brought back into it.
 */
export function drawIndices(size: number, count: number, seed: number): number[] {
  const total = Math.max(0, Math.floor(size));
  const wanted = Math.min(total, Math.max(0, Math.floor(count)));
  const positions = Array.from({ length: total }, (_value, index) => index);
  const random = mulberry32(seed);
  // The first `wanted` steps of a Fisher–Yates shuffle: each position is equally likely to be drawn.
  for (let i = 0; i < wanted; i++) {
    const j = i + Math.floor(random() * (total - i));
    const a = positions[i] as number;
    positions[i] = positions[j] as number;
    positions[j] = a;
  }
  return positions.slice(0, wanted).sort((a, b) => a - b);
}
