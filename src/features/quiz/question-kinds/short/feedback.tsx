/** short, in a correction: the accepted answers. */
import type { ShortQuestion } from '../../quiz-schema';
import type { QuestionFeedbackProps } from '../../questions/question-input-props';
import { joinAlternatives } from '../../questions/join-alternatives';

export function shortFeedback({ question, grade, reveal, t }: QuestionFeedbackProps<ShortQuestion>) {
  if (!reveal || grade.correct) return null;
  return <p>{t('quiz.answer.expected', { answer: joinAlternatives(question.answers, t) })}</p>;
}
