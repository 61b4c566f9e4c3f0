/** What every question input and feedback receives from the question card, and a question kind's view. */
import type { ComponentType, ReactNode } from 'react';
import type { Translate } from '../../../lib/i18n';
import type { JsonValue } from '../../../lib/quiz-records';
import type { QuestionGrade } from '../question-grade';

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

/** What a kind's feedback is given: it adds its own lines between the points and the explanation. */
export interface QuestionFeedbackProps<Q> {
  question: Q;
  grade: QuestionGrade;
  /** Correction mode: the right answer may be shown. */
  reveal: boolean;
  t: Translate;
}

/**
 * A question kind's view: its input, and what its feedback adds to the common one (if anything),
 * rendered by a plain function (no hooks: the feedback passes `t`). `grade` is the grade of the
 * same kind's grader, so its details are that kind's.
 */
export interface QuestionView<Q> {
  Input: ComponentType<QuestionInputProps<Q>>;
  feedback?: (props: QuestionFeedbackProps<Q>) => ReactNode;
}
