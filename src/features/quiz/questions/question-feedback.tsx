/**
 * The result of a checked question: icon and words (« Correct », « Incorrect »,
 * « Partiellement correct (n %) »), points kept after hints, what is wrong (command problems,
 * unreadable numbers), the right answer in corrections, and the explanation.
 */
import type { Ref } from 'react';
import { useT } from '../../../lib/i18n.tsx';
import { formatCommandIssue } from '../../../lib/docker-cli/docker-command.ts';
import type { GradedQuestion } from '../grade-quiz.ts';
import { InlineText } from '../inline-text.tsx';
import { joinAlternatives } from './join-alternatives.ts';
import type { Question } from '../quiz-schema.ts';

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
  const numericAnswer =
    question.type === 'numeric'
      ? t(question.unit ? 'quiz.numeric.withUnit' : 'quiz.numeric.value', {
          value: question.answer,
          unit: question.unit ?? '',
        })
      : '';
  const state = grade.correct ? 'correct' : grade.score > 0 ? 'partial' : 'incorrect';
  const icon = t(`quiz.icon.${state}`);
  const words =
    state === 'correct'
      ? t('quiz.result.correct')
      : state === 'partial'
        ? t('quiz.result.partial', { n: percent(grade.score) })
        : t('quiz.result.incorrect');
  const details = grade.details;

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
      {details.type === 'multiple' && !reveal && details.correctCount > details.rightPicks && (
        <p>
          {details.correctCount - details.rightPicks === 1
            ? t('quiz.multiple.missing.one')
            : t('quiz.multiple.missing.other', { n: details.correctCount - details.rightPicks })}
        </p>
      )}
      {details.type === 'truefalse' && reveal && !grade.correct && (
        <p>{t('quiz.truefalse.expected', { answer: t(details.expected ? 'quiz.true' : 'quiz.false') })}</p>
      )}
      {details.type === 'numeric' && (details.problem === 'notANumber' || details.problem === 'wrongUnit') && (
        <p>
          {details.problem === 'notANumber'
            ? t('quiz.numeric.notANumber')
            : t('quiz.numeric.wrongUnit', { unit: question.type === 'numeric' ? (question.unit ?? '') : '' })}
        </p>
      )}
      {details.type === 'numeric' && reveal && !grade.correct && question.type === 'numeric' && (
        <p>
          {question.tolerance > 0
            ? t('quiz.numeric.expectedWithTolerance', { answer: numericAnswer, tolerance: question.tolerance })
            : t('quiz.numeric.expected', { answer: numericAnswer })}
        </p>
      )}
      {details.type === 'short' && reveal && !grade.correct && question.type === 'short' && (
        <p>{t('quiz.answer.expected', { answer: joinAlternatives(question.answers, t) })}</p>
      )}
      {details.type === 'command' && details.issues.length > 0 && (
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
      {details.type === 'command' && reveal && !grade.correct && question.type === 'command' && (
        <p>
          <InlineText text={t('quiz.command.expected', { answer: question.answer })} />
        </p>
      )}
      {question.explanation !== undefined && (
        <p className="quiz-feedback__explanation">
          <strong>{t('quiz.explanation')}</strong>
          <InlineText text={question.explanation} />
        </p>
      )}
    </>
  );
}
