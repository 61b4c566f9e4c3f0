/**
 * short: a typed string, compared case-, accent- and whitespace-insensitively with each accepted
 * answer, trailing punctuation forgiven.
 */
import type { JsonValue } from '../../../../lib/quiz-records';
import { matchesAnswer } from '../../normalize';
import { makeGrade, type QuestionGrade, type ShortDetails } from '../../question-grade';
import type { ShortQuestion } from '../../quiz-schema';

export function readAnswer(answer: unknown): string {
  return typeof answer === 'string' ? answer : '';
}

/** Answered when the text is not blank (numeric and command read their answer the same way). */
export function isAnswered(_question: unknown, answer: unknown): boolean {
  return readAnswer(answer).trim() !== '';
}

export function expectedAnswer(question: ShortQuestion): JsonValue {
  return question.answers[0] ?? '';
}

export function grade(question: ShortQuestion, answer: unknown): QuestionGrade<ShortDetails> {
  const given = readAnswer(answer);
  const right = question.answers.some((accepted) => matchesAnswer(given, accepted));
  return makeGrade(right ? 1 : 0, { type: 'short', given });
}
