/** truefalse, in a correction: the right answer. */
import type { TrueFalseQuestion } from '../../quiz-schema';
import type { TrueFalseDetails } from '../../question-grade';
import type { QuestionFeedbackProps } from '../../questions/question-input-props';

export function trueFalseFeedback({ grade, reveal, t }: QuestionFeedbackProps<TrueFalseQuestion>) {
  const details = grade.details as TrueFalseDetails;
  if (!reveal || grade.correct) return null;
  return <p>{t('quiz.truefalse.expected', { answer: t(details.expected ? 'quiz.true' : 'quiz.false') })}</p>;
}
