/** What every question input receives from the question card. */
import type { JsonValue } from '../../../lib/quiz-records.ts';
import type { QuestionGrade } from '../question-grade.ts';

export interface QuestionInputProps<Q> {
  question: Q;
  answer: JsonValue | undefined;
  onAnswer: (answer: JsonValue) => void;
  /** Checked (practice) or shown as a correction: the answer can no longer change. */
  locked: boolean;
  /** Seeds the display order of choices, items and right-hand columns. */
  seed: number;
  /** Unique prefix for DOM ids. */
  idPrefix: string;
  /** The grade whose marks to show, or null. */
  grade: QuestionGrade | null;
  /** Correction mode: also show the right answers that were missed. */
  reveal: boolean;
  /** Enter in a text field (practice: checks the answer). */
  onEnter?: () => void;
}
