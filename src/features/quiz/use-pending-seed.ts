/**
 * The seed used to shuffle a quiz shown before any draft exists. The server (prerender)
 * snapshot is derived from the quiz id, so hydration matches; in the browser it is random,
 * drawn once per page load and quiz, and the draft created on the first interaction keeps
 * it, so nothing moves under the learner's pointer.
 */
import { useSyncExternalStore } from 'react';
import { deriveSeed, newSeed } from './shuffle.ts';

const pendingSeeds = new Map<string, number>();
const subscribe = () => () => {};

export function usePendingSeed(quizId: string): number {
  return useSyncExternalStore(
    subscribe,
    () => {
      let seed = pendingSeeds.get(quizId);
      if (seed === undefined) {
        seed = newSeed();
        pendingSeeds.set(quizId, seed);
      }
      return seed;
    },
    () => deriveSeed(0, quizId),
  );
}
