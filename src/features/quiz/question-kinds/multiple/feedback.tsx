/** multiple, in the feedback while answering: how many right choices are still missing. */
import type { MultipleQuestion } from '../../quiz-schema';
import type { MultipleDetails } from '../../question-grade';
import type { QuestionFeedbackProps } from '../../questions/question-input-props';

export function multipleFeedback({ grade, reveal, t }: QuestionFeedbackProps<MultipleQuestion>) {
  const details = grade.details as MultipleDetails;
  if (reveal || details.correctCount <= details.rightPicks) return null;
  return (
    <p>
      {details.correctCount - details.rightPicks === 1
        ? t('quiz.multiple.missing.one')
        : t('quiz.multiple.missing.other', { n: details.correctCount - details.rightPicks })}
    </p>
  );
}
