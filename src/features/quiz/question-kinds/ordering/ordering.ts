/**
 * ordering: the original item indices in the learner's order. `items` is authored in the
 * correct order, so item i belongs at position i. Score: share of items in their place.
 */
import type { JsonValue } from '../../../../lib/quiz-records';
import { makeGrade, type OrderingDetails, type QuestionGrade } from '../../question-grade';
import type { OrderingQuestion } from '../../quiz-schema';

/** The answer when it is a permutation of 0…count−1, otherwise null. */
export function readAnswer(answer: unknown, count: number): number[] | null {
  if (!Array.isArray(answer) || answer.length !== count) return null;
  const seen = new Set<number>();
  for (const item of answer as unknown[]) {
    if (typeof item !== 'number' || !Number.isInteger(item) || item < 0 || item >= count || seen.has(item)) return null;
    seen.add(item);
  }
  return answer as number[];
}

/** Any arrangement is an answer: the list shown (shuffled) can be checked as it is. */
export function isAnswered(question: OrderingQuestion, answer: unknown): boolean {
  return readAnswer(answer, question.items.length) !== null;
}

export function expectedAnswer(question: OrderingQuestion): JsonValue {
  return question.items.map((_item, index) => index);
}

export function grade(question: OrderingQuestion, answer: unknown): QuestionGrade<OrderingDetails> {
  const order = readAnswer(answer, question.items.length);
  if (!order) return makeGrade(0, { type: 'ordering', positions: [] });
  const positions = order.map((item, position) => ({ item, position, correct: item === position }));
  const right = positions.filter((entry) => entry.correct).length;
  return makeGrade(question.items.length === 0 ? 0 : right / question.items.length, { type: 'ordering', positions });
}
