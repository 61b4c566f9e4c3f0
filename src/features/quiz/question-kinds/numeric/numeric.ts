/**
 * numeric: the string as typed. Comma or dot decimals, spaces between digit groups, and an
 * optional unit after the number (it must be the question's unit when one is given).
 */
import type { JsonValue } from '../../../../lib/quiz-records';
import { normalizeText } from '../../normalize';
import { makeGrade, type NumericDetails, type NumericProblem, type QuestionGrade } from '../../question-grade';
import type { NumericQuestion } from '../../quiz-schema';
import { isAnswered, readAnswer } from '../short/short';

/** A typed answer, read and « answered » as short's. */
export { isAnswered, readAnswer };

export interface ParsedNumber {
  value: number;
  /** Whatever follows the number, trimmed ('' when nothing). */
  unit: string;
}

const numberPattern =
  /^([+\-\u2212]?)((?:(?:\d{1,3}(?:[\s\u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?)\s*(.*)$/u;

/** Reads « 8 080 », « 2,5 Mo », « -3 », « .5 », « 1e3 »; null when the text does not start with a number. */
export function parseNumberInput(input: string): ParsedNumber | null {
  const match = numberPattern.exec(input.trim());
  if (!match) return null;
  const sign = match[1] === '' || match[1] === '+' ? 1 : -1;
  const digits = (match[2] ?? '').replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  const value = Number(digits);
  if (!Number.isFinite(value)) return null;
  return { value: sign * value, unit: (match[3] ?? '').trim() };
}

export function expectedAnswer(question: NumericQuestion): JsonValue {
  return String(question.answer);
}

function unitMatches(question: NumericQuestion, unit: string): boolean {
  if (unit === '') return true;
  if (question.unit === undefined) return false;
  return normalizeText(unit).replace(/\s/g, '') === normalizeText(question.unit).replace(/\s/g, '');
}

export function grade(question: NumericQuestion, answer: unknown): QuestionGrade<NumericDetails> {
  const given = readAnswer(answer);
  const details = (value: number | null, problem: NumericProblem | null): NumericDetails => ({
    type: 'numeric',
    given,
    value,
    problem,
  });
  if (given.trim() === '') return makeGrade(0, details(null, 'empty'));
  const parsed = parseNumberInput(given);
  if (!parsed) return makeGrade(0, details(null, 'notANumber'));
  if (!unitMatches(question, parsed.unit)) {
    return makeGrade(0, details(parsed.value, question.unit === undefined ? 'notANumber' : 'wrongUnit'));
  }
  // A tiny epsilon so 0.1 + 0.2 style rounding never fails an exact answer.
  const within = Math.abs(parsed.value - question.answer) <= question.tolerance + 1e-9;
  return makeGrade(within ? 1 : 0, details(parsed.value, within ? null : 'outOfTolerance'));
}
