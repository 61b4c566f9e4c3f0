/**
 * What grading one question returns: a score in [0, 1], whether it is fully right, and the
 * per-type details the UI needs to mark each choice, blank, position or pair.
 */
import type { CommandIssue } from '../../lib/docker-cli/docker-command';

/** right: chosen and correct; wrong: chosen but not correct; missed: correct but not chosen. */
export type ChoiceStatus = 'right' | 'wrong' | 'missed' | 'neutral';

export interface ChoiceMark {
  id: string;
  selected: boolean;
  correct: boolean;
  status: ChoiceStatus;
}

export interface SingleDetails {
  type: 'single';
  selected: string | null;
  choices: ChoiceMark[];
}

export interface MultipleDetails {
  type: 'multiple';
  choices: ChoiceMark[];
  rightPicks: number;
  wrongPicks: number;
  correctCount: number;
}

export interface TrueFalseDetails {
  type: 'truefalse';
  given: boolean | null;
  expected: boolean;
}

export interface OrderingDetails {
  type: 'ordering';
  /** In the learner's order; `item` is the original index (= the correct position). */
  positions: { item: number; position: number; correct: boolean }[];
}

export interface MatchingDetails {
  type: 'matching';
  pairs: { left: number; given: number | null; expected: number; correct: boolean }[];
}

export interface ClozeDetails {
  type: 'cloze';
  blanks: { id: string; given: string; correct: boolean; expected: string[] }[];
}

export interface ShortDetails {
  type: 'short';
  given: string;
}

export type NumericProblem = 'empty' | 'notANumber' | 'wrongUnit' | 'outOfTolerance';

export interface NumericDetails {
  type: 'numeric';
  given: string;
  value: number | null;
  problem: NumericProblem | null;
}

export interface CommandDetails {
  type: 'command';
  given: string;
  /** The input could not be read as a supported docker command. */
  parseError: boolean;
  issues: CommandIssue[];
  /** The issues as French sentences. */
  problems: string[];
}

export type QuestionDetails =
  | SingleDetails
  | MultipleDetails
  | TrueFalseDetails
  | OrderingDetails
  | MatchingDetails
  | ClozeDetails
  | ShortDetails
  | NumericDetails
  | CommandDetails;

export interface QuestionGrade<D extends QuestionDetails = QuestionDetails> {
  /** In [0, 1]. */
  score: number;
  /** score === 1 */
  correct: boolean;
  details: D;
}

/** Clamps to [0, 1] (NaN → 0) and derives `correct`. */
export function makeGrade<D extends QuestionDetails>(score: number, details: D): QuestionGrade<D> {
  const clamped = Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
  return { score: clamped, correct: clamped === 1, details };
}
