/**
 * cloze: a record blankId → typed text. Each blank accepts any of its answers, compared
 * case-, accent- and whitespace-insensitively, trailing punctuation forgiven. Score: share of right blanks.
 */
import type { JsonValue } from '../../../../lib/quiz-records';
import { matchesAnswer } from '../../normalize';
import { makeGrade, type ClozeDetails, type QuestionGrade } from '../../question-grade';
import type { ClozeQuestion } from '../../quiz-schema';

export function readAnswer(answer: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return values;
  for (const [key, value] of Object.entries(answer)) if (typeof value === 'string') values[key] = value;
  return values;
}

/** Answered when every blank has some text. */
export function isAnswered(question: ClozeQuestion, answer: unknown): boolean {
  const values = readAnswer(answer);
  return question.blanks.every((blank) => (values[blank.id] ?? '').trim() !== '');
}

export function expectedAnswer(question: ClozeQuestion): JsonValue {
  return Object.fromEntries(question.blanks.map((blank) => [blank.id, blank.answers[0] ?? '']));
}

export function grade(question: ClozeQuestion, answer: unknown): QuestionGrade<ClozeDetails> {
  const values = readAnswer(answer);
  const blanks = question.blanks.map((blank) => {
    const given = values[blank.id] ?? '';
    const correct = blank.answers.some((accepted) => matchesAnswer(given, accepted));
    return { id: blank.id, given, correct, expected: blank.answers };
  });
  const right = blanks.filter((blank) => blank.correct).length;
  return makeGrade(blanks.length === 0 ? 0 : right / blanks.length, { type: 'cloze', blanks });
}
