/** command, in the feedback: what differs from the expected command; in a correction, the command. */
import { formatCommandIssue } from '../../../../lib/docker-cli/docker-command';
import { InlineText } from '../../inline-text';
import type { CommandQuestion } from '../../quiz-schema';
import type { CommandDetails } from '../../question-grade';
import type { QuestionFeedbackProps } from '../../questions/question-input-props';

export function commandFeedback({ question, grade, reveal, t }: QuestionFeedbackProps<CommandQuestion>) {
  const details = grade.details as CommandDetails;
  return (
    <>
      {details.issues.length > 0 && (
        <div className="quiz-feedback__problems">
          <p>{t('quiz.command.problems')}</p>
          <ul>
            {details.issues.map((issue, index) => (
              <li key={index}>
                <InlineText text={formatCommandIssue(issue, t)} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {reveal && !grade.correct && (
        <p>
          <InlineText text={t('quiz.command.expected', { answer: question.answer })} />
        </p>
      )}
    </>
  );
}
