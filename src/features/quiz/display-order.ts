/**
 * The order in which one attempt shows choices, ordering items and the right-hand column of
 * a matching question: a shuffle seeded by the draft's seed and the question id, so it is
 * stable across reloads and differs between questions and between attempts.
 */
import type { MatchingQuestion, MultipleQuestion, OrderingQuestion, SingleQuestion } from './quiz-schema';
import { deriveSeed, shuffle } from './shuffle';

function indices(count: number): number[] {
  return Array.from({ length: count }, (_value, index) => index);
}

/** Choice ids of a single/multiple question in display order. */
export function choiceOrder(question: SingleQuestion | MultipleQuestion, seed: number): string[] {
  return shuffle(
    question.choices.map((choice) => choice.id),
    deriveSeed(seed, `${question.id}/choices`),
  );
}

/**
 * The starting arrangement of an ordering question (original indices). Never the correct
 * order, since the shown list can be checked as it is.
 */
export function initialOrder(question: OrderingQuestion, seed: number): number[] {
  const order = shuffle(indices(question.items.length), deriveSeed(seed, `${question.id}/items`));
  const isIdentity = order.every((item, position) => item === position);
  if (isIdentity && order.length > 1) return [...order.slice(1), order[0] as number];
  return order;
}

/** Indices of the right-hand items of a matching question in display order. */
export function rightOrder(question: MatchingQuestion, seed: number): number[] {
  return shuffle(indices(question.right.length), deriveSeed(seed, `${question.id}/right`));
}
