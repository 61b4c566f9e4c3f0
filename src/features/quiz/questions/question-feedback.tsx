/**
 * The result of a checked question: icon and words (« Correct », « Incorrect »,
 * « Partiellement correct (n %) »), points kept after hints, then what the question's kind adds
 * (what is wrong, the right answer in corrections: its view's `feedback`), and the explanation.
 */
import type { Ref } from 'react';
import { useT } from '../../../lib/i18n';
import type { GradedQuestion } from '../grade-quiz';
import { InlineText } from '../inline-text';
import type { Question } from '../quiz-schema';
import { questionViews } from '../question-kinds/views';
import type { QuestionView } from './question-input-props';

function percent(score: number): number {
  return Math.round(score * 100);
}

export function QuestionFeedback({
  question,
  graded,
  reveal,
  statusRef,
  hintsUsed,
  hintPenalty,
}: {
  question: Question;
  graded: GradedQuestion;
  reveal: boolean;
  /** Hints revealed and the share of the question's points each one takes, for the points kept. */
  hintsUsed: number;
  hintPenalty: number;
  statusRef?: Ref<HTMLParagraphElement>;
}) {
  const t = useT();
  const { grade } = graded;
  const { feedback } = questionViews[question.type] as QuestionView<Question>;
  const state = grade.correct ? 'correct' : grade.score > 0 ? 'partial' : 'incorrect';
  const icon = t(`quiz.icon.${state}`);
  const words =
    state === 'correct'
      ? t('quiz.result.correct')
      : state === 'partial'
        ? t('quiz.result.partial', { n: percent(grade.score) })
        : t('quiz.result.incorrect');

  return (
    <>
      <p ref={statusRef} tabIndex={-1} className={`quiz-feedback__status quiz-feedback__status--${state}`}>
        <span aria-hidden="true" className="quiz-feedback__icon">
          {icon}
        </span>{' '}
        {words}
      </p>
      {graded.penalty > 0 && grade.score > 0 && (
        <p className="quiz-feedback__points">
          {t('quiz.result.points', {
            used: hintsUsed,
            penalty: percent(hintPenalty),
            n: percent(graded.score),
          })}
        </p>
      )}
      {feedback?.({ question, grade, reveal, t })}
      {question.explanation !== undefined && (
        <p className="quiz-feedback__explanation">
          <strong>{t('quiz.explanation')}</strong>
          <InlineText text={question.explanation} />
        </p>
      )}
    </>
  );
}
