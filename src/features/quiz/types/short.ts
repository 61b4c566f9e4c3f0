/** short: a typed string, compared case-, accent- and whitespace-insensitively with each accepted answer. */
import type { JsonValue } from '../../../lib/quiz-records.ts';
import { normalizeText } from '../normalize.ts';
import { makeGrade, type QuestionGrade, type ShortDetails } from '../question-grade.ts';
import type { ShortQuestion } from '../quiz-schema.ts';

export function readAnswer(answer: unknown): string {
  return typeof answer === 'string' ? answer : '';
}

export function isAnswered(_question: ShortQuestion, answer: unknown): boolean {
  return readAnswer(answer).trim() !== '';
}

export function expectedAnswer(question: ShortQuestion): JsonValue {
  return question.answers[0] ?? '';
}

export function grade(question: ShortQuestion, answer: unknown): QuestionGrade<ShortDetails> {
  const given = readAnswer(answer);
  const typed = normalizeText(given);
  const right = typed !== '' && question.answers.some((accepted) => normalizeText(accepted) === typed);
  return makeGrade(right ? 1 : 0, { type: 'short', given });
}
