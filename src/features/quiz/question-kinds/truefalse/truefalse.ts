/** truefalse: a boolean. */
import type { JsonValue } from '../../../../lib/quiz-records';
import { makeGrade, type QuestionGrade, type TrueFalseDetails } from '../../question-grade';
import type { TrueFalseQuestion } from '../../quiz-schema';

export function readAnswer(answer: unknown): boolean | null {
  return typeof answer === 'boolean' ? answer : null;
}

export function isAnswered(_question: TrueFalseQuestion, answer: unknown): boolean {
  return readAnswer(answer) !== null;
}

export function expectedAnswer(question: TrueFalseQuestion): JsonValue {
  return question.answer;
}

export function grade(question: TrueFalseQuestion, answer: unknown): QuestionGrade<TrueFalseDetails> {
  const given = readAnswer(answer);
  return makeGrade(given === question.answer ? 1 : 0, { type: 'truefalse', given, expected: question.answer });
}
