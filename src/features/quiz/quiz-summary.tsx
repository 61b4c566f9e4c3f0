/**
 * The result of a finished attempt: verdict (icon and words), score against the pass mark,
 * best score so far, the questions to review with links to their lesson section, attempts
 * left in an exam, and « Recommencer ».
 */
import type { ReactNode, Ref } from 'react';
import { firstTryScore, type QuizAttempt } from '../../lib/quiz-records';
import { useT } from '../../lib/i18n';
import { InlineText } from './inline-text';
import { bestScore, countRightFirstTime, missedQuestions } from './quiz-draft';
import type { Question, Quiz } from './quiz-schema';
import { Button } from '../../components/ui/button';

export interface QuizSummaryProps {
  quiz: Quiz;
  attempt: QuizAttempt;
  attempts: readonly QuizAttempt[];
  /** Exam attempts left, null when unlimited. */
  attemptsLeft: number | null;
  onRestart: (() => void) | null;
  headingRef: Ref<HTMLHeadingElement>;
  /** Section anchor → heading text; a missing title falls back to the anchor made readable. */
  sectionTitles: Readonly<Record<string, string>> | undefined;
  /** For a question without a section of this lesson (a module exam's): a link to where it is taught, or null. */
  reviewLink?: ((question: Question) => ReactNode) | undefined;
}

function percent(score: number): number {
  return Math.round(score * 100);
}

function readableAnchor(anchor: string): string {
  const text = anchor.replace(/-+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function QuizSummary({
  quiz,
  attempt,
  attempts,
  attemptsLeft,
  onRestart,
  headingRef,
  sectionTitles,
  reviewLink,
}: QuizSummaryProps) {
  const t = useT();
  const missed = missedQuestions(quiz, attempt);
  const best = bestScore(attempts);
  const right = quiz.questions.length - missed.length;
  return (
    <div className="quiz-summary">
      <h3 className="quiz-summary__heading" ref={headingRef} tabIndex={-1}>
        {t('quiz.summary.heading')}
      </h3>
      <p className={`quiz-summary__verdict quiz-summary__verdict--${attempt.passed ? 'passed' : 'failed'}`}>
        <span aria-hidden="true" className="quiz-summary__icon">
          {t(attempt.passed ? 'quiz.icon.passed' : 'quiz.icon.failed')}
        </span>{' '}
        {t(attempt.passed ? 'quiz.summary.passed' : 'quiz.summary.failed')}
      </p>
      {quiz.mode === 'practice' ? (
        <>
          <p className="quiz-summary__first-try">
            {t('quiz.summary.firstTry', {
              right: countRightFirstTime(quiz, attempt),
              total: quiz.questions.length,
              score: percent(firstTryScore(attempt)),
            })}
          </p>
          <p>
            {t('quiz.summary.corrected', {
              right,
              total: quiz.questions.length,
              score: percent(attempt.score),
              passMark: quiz.passMark,
            })}
          </p>
        </>
      ) : (
        <>
          <p>{t('quiz.summary.score', { score: percent(attempt.score), passMark: quiz.passMark })}</p>
          <p>{t('quiz.summary.rightCount', { right, total: quiz.questions.length })}</p>
        </>
      )}
      {best !== null && (
        <p>
          {t(quiz.mode === 'practice' ? 'quiz.summary.bestFirstTry' : 'quiz.summary.best', { score: percent(best) })}
        </p>
      )}
      {quiz.mode === 'exam' && quiz.maxAttempts !== undefined && (
        <p>
          {attemptsLeft === 0
            ? t('quiz.exam.noAttemptsLeft', { max: quiz.maxAttempts })
            : t('quiz.exam.attempts', { used: attempts.length, max: quiz.maxAttempts })}
        </p>
      )}
      {missed.length > 0 ? (
        <>
          <h4 className="quiz-summary__subheading">{t('quiz.summary.missed')}</h4>
          <ul className="quiz-summary__missed">
            {missed.map((question) => (
              <li key={question.id}>
                <InlineText text={question.prompt} />
                {question.section !== undefined ? (
                  <>
                    {' '}
                    <a className="quiz-summary__review" href={`#${question.section}`}>
                      {t('quiz.summary.review', {
                        section: sectionTitles?.[question.section] ?? readableAnchor(question.section),
                      })}
                    </a>
                  </>
                ) : (
                  reviewLink && <> {reviewLink(question)}</>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('quiz.summary.allRight')}</p>
      )}
      {onRestart && (
        <div className="quiz-actions">
          <Button type="button" variant="primary" onClick={onRestart}>
            {t('quiz.summary.restart')}
          </Button>
        </div>
      )}
    </div>
  );
}
