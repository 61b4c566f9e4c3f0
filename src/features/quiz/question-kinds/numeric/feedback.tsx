/** numeric, in the feedback: what made the answer unreadable; in a correction, the value. */
import type { NumericQuestion } from '../../quiz-schema';
import type { NumericDetails } from '../../question-grade';
import type { QuestionFeedbackProps } from '../../questions/question-input-props';

export function numericFeedback({ question, grade, reveal, t }: QuestionFeedbackProps<NumericQuestion>) {
  const details = grade.details as NumericDetails;
  const numericAnswer = t(question.unit ? 'quiz.numeric.withUnit' : 'quiz.numeric.value', {
    value: question.answer,
    unit: question.unit ?? '',
  });
  return (
    <>
      {(details.problem === 'notANumber' || details.problem === 'wrongUnit') && (
        <p>
          {details.problem === 'notANumber'
            ? t('quiz.numeric.notANumber')
            : t('quiz.numeric.wrongUnit', { unit: question.unit ?? '' })}
        </p>
      )}
      {reveal && !grade.correct && (
        <p>
          {question.tolerance > 0
            ? t('quiz.numeric.expectedWithTolerance', { answer: numericAnswer, tolerance: question.tolerance })
            : t('quiz.numeric.expected', { answer: numericAnswer })}
        </p>
      )}
    </>
  );
}
