/**
 * matching: a record leftIndex → rightIndex (original indices; left[i] pairs with right[i]).
 * Score: share of correct pairs.
 */
import type { JsonValue } from '../../../../lib/quiz-records';
import { makeGrade, type MatchingDetails, type QuestionGrade } from '../../question-grade';
import type { MatchingQuestion } from '../../quiz-schema';

/** The valid pairs of the answer (unknown keys and out-of-range values dropped). */
export function readAnswer(answer: unknown, count: number): Map<number, number> {
  const pairs = new Map<number, number>();
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return pairs;
  for (const [key, value] of Object.entries(answer)) {
    const left = Number(key);
    if (!/^\d+$/.test(key) || left >= count) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= count) continue;
    pairs.set(left, value);
  }
  return pairs;
}

/** Answered when every left item has a partner. */
export function isAnswered(question: MatchingQuestion, answer: unknown): boolean {
  return readAnswer(answer, question.left.length).size === question.left.length;
}

export function expectedAnswer(question: MatchingQuestion): JsonValue {
  return Object.fromEntries(question.left.map((_item, index) => [String(index), index]));
}

export function grade(question: MatchingQuestion, answer: unknown): QuestionGrade<MatchingDetails> {
  const given = readAnswer(answer, question.left.length);
  const pairs = question.left.map((_item, left) => {
    const right = given.get(left) ?? null;
    return { left, given: right, expected: left, correct: right === left };
  });
  const right = pairs.filter((pair) => pair.correct).length;
  return makeGrade(pairs.length === 0 ? 0 : right / pairs.length, { type: 'matching', pairs });
}
