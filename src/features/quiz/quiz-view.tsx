/**
 * The quiz component. Controlled by `saved` (the draft in progress and the finished
 * attempts, stored by the app): every change goes out through `onDraftChange` and comes
 * back as props, so answers survive a reload. With `readOnly` (storage unavailable) it
 * keeps the same records in local state and reports nothing.
 *
 * Practice: check each question (with hints, retries), then « Terminer le quiz ».
 * Exam: answer everything, « Soumettre », then the result and the corrections.
 */
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { JsonValue, QuizAttempt, QuizDraft, QuizSaved } from '../../lib/quiz-records';
import { useT } from '../../lib/i18n';
import { gradeQuestion } from './grade-quiz';
import { InlineText } from './inline-text';
import { QuestionCard } from './questions/question-card';
import {
  askedQuiz,
  attemptQuiz,
  attemptsLeft,
  buildExamAttempt,
  buildPracticeAttempt,
  countUnanswered,
  countUnchecked,
  createDraft,
  currentAnswer,
  latestAttempt,
  retakeSeed,
  withAnswer,
  withCheck,
  withHint,
  withoutAnswer,
} from './quiz-draft';
import type { Question, Quiz } from './quiz-schema';
import { QuizSummary } from './quiz-summary';
import { firstAttemptSeed, newSeed } from './shuffle';
import './quiz.css';
import { Button } from '../../components/ui/button';

/** The quiz's messages travel in its chunk: whoever loads the view registers them. */
export { quizMessages } from './messages';

export interface QuizViewProps {
  quiz: Quiz;
  saved: QuizSaved;
  onDraftChange: (draft: QuizDraft | null) => void;
  onAttempt: (attempt: QuizAttempt) => void;
  readOnly?: boolean;
  /** Heading text of the lesson's sections, by anchor, for the « Revoir : … » links. */
  sectionTitles?: Readonly<Record<string, string>>;
  /** The « Revoir : … » link of a missed question without a section here (a module exam's), or null. */
  reviewLink?: (question: Question) => ReactNode;
}

function now(): string {
  return new Date().toISOString();
}

export function QuizView({
  quiz,
  saved: savedProp,
  onDraftChange,
  onAttempt,
  readOnly = false,
  sectionTitles,
  reviewLink,
}: QuizViewProps) {
  const t = useT();
  const titleId = useId();
  const footerId = useId();
  const [localSaved, setLocalSaved] = useState<QuizSaved>(savedProp);
  const saved = readOnly ? localSaved : savedProp;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryHeadingRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<'summary' | 'heading' | null>(null);

  const draft = saved.draft;
  const latest = latestAttempt(saved.attempts);
  const left = attemptsLeft(quiz, saved.attempts);
  const showSummary = latest !== null && (draft === null || left === 0);
  const seed = draft?.seed ?? firstAttemptSeed(quiz.id);
  // The questions of this attempt: all of them, or an exam's draw from its pool with the attempt's
  // seed. Before any draft (and in the prerendered page) the seed is the quiz's first one, so the
  // server and the browser ask the same questions; a stored draft brings back its own draw.
  const asked = useMemo(() => askedQuiz(quiz, seed), [quiz, seed]);
  const reviewed = useMemo(() => (latest ? attemptQuiz(quiz, latest) : quiz), [quiz, latest]);

  useEffect(() => {
    const target = pendingFocus.current;
    if (target === 'summary' && showSummary) {
      pendingFocus.current = null;
      summaryHeadingRef.current?.focus();
    } else if (target === 'heading' && !showSummary) {
      pendingFocus.current = null;
      headingRef.current?.focus();
    }
  }, [showSummary]);

  const commitDraft = (next: QuizDraft | null) => {
    if (readOnly) setLocalSaved((current) => ({ ...current, draft: next }));
    else onDraftChange(next);
  };
  const commitAttempt = (attempt: QuizAttempt) => {
    pendingFocus.current = 'summary';
    if (readOnly) {
      setLocalSaved((current) => ({ attempts: [...current.attempts, attempt], draft: null }));
      return;
    }
    onAttempt(attempt);
    onDraftChange(null);
  };
  /** The first interaction creates the draft, with the seed the learner is looking at. */
  const updateDraft = (change: (base: QuizDraft) => QuizDraft) => {
    commitDraft(change(draft ?? createDraft(seed, now())));
  };

  const handleCheck = (question: Question) => {
    const answer = currentAnswer(question, draft);
    if (answer === undefined) return;
    const graded = gradeQuestion(question, answer, draft?.hintsUsed[question.id] ?? 0, quiz.hintPenalty);
    updateDraft((base) => withCheck(base, question.id, answer, graded.score));
  };
  const handleFinish = () => {
    if (draft === null || countUnchecked(asked, draft) > 0) return;
    commitAttempt(buildPracticeAttempt(asked, draft, now()));
  };
  const handleSubmit = () => {
    if (countUnanswered(asked, draft) > 0 || left === 0) return;
    commitAttempt(buildExamAttempt(asked, draft ?? createDraft(seed, now()), now()));
  };
  const handleRestart = () => {
    pendingFocus.current = 'heading';
    commitDraft(createDraft(retakeSeed(quiz, latest ? reviewed : null, newSeed), now()));
  };

  const isExam = quiz.mode === 'exam';
  const title = (
    <h2 className="quiz__title" id={titleId} ref={headingRef} tabIndex={-1}>
      {quiz.title !== undefined ? <InlineText text={quiz.title} /> : t('quiz.heading')}
    </h2>
  );

  if (showSummary) {
    return (
      <section className="quiz" aria-labelledby={titleId}>
        {title}
        <QuizSummary
          quiz={reviewed}
          attempt={latest}
          attempts={saved.attempts}
          attemptsLeft={left}
          onRestart={left === 0 ? null : handleRestart}
          headingRef={summaryHeadingRef}
          sectionTitles={sectionTitles}
          reviewLink={reviewLink}
        />
        <h3 className="quiz__subheading">{t('quiz.summary.corrections')}</h3>
        <div className="quiz__questions">
          {reviewed.questions.map((question, index) => (
            <QuestionCard
              key={question.id}
              question={question}
              index={index}
              total={reviewed.questions.length}
              anchorId={`quiz-${quiz.id}-${question.id}`}
              answer={latest.answers[question.id]}
              seed={latest.seed}
              state="review"
              graded={gradeQuestion(
                question,
                latest.answers[question.id],
                latest.hintsUsed[question.id] ?? 0,
                quiz.hintPenalty,
              )}
              hintsUsed={latest.hintsUsed[question.id] ?? 0}
              hintPenalty={quiz.hintPenalty}
            />
          ))}
        </div>
      </section>
    );
  }

  const remaining = isExam ? countUnanswered(asked, draft) : countUnchecked(asked, draft);
  const remainingText =
    remaining === 0
      ? t(isExam ? 'quiz.exam.ready' : 'quiz.practice.allChecked')
      : remaining === 1
        ? t(isExam ? 'quiz.exam.remaining.one' : 'quiz.practice.remaining.one')
        : t(isExam ? 'quiz.exam.remaining.other' : 'quiz.practice.remaining.other', { n: remaining });

  return (
    <section className="quiz" aria-labelledby={titleId}>
      {title}
      {isExam && (
        <div className="quiz__intro">
          <p>{t('quiz.exam.intro', { passMark: quiz.passMark })}</p>
          {asked.questions.length < quiz.questions.length && (
            <p>{t('quiz.exam.drawn', { n: asked.questions.length, pool: quiz.questions.length })}</p>
          )}
          {quiz.maxAttempts !== undefined && (
            <p>{t('quiz.exam.attempts', { used: saved.attempts.length, max: quiz.maxAttempts })}</p>
          )}
        </div>
      )}
      <div className="quiz__questions">
        {asked.questions.map((question, index) => {
          const answer = currentAnswer(question, draft);
          const hintsUsed = draft?.hintsUsed[question.id] ?? 0;
          const checked = !isExam && draft?.checked[question.id] !== undefined;
          return (
            <QuestionCard
              key={question.id}
              question={question}
              index={index}
              total={asked.questions.length}
              anchorId={`quiz-${quiz.id}-${question.id}`}
              answer={answer}
              seed={seed}
              state={isExam ? 'exam' : checked ? 'checked' : 'answering'}
              graded={checked ? gradeQuestion(question, answer, hintsUsed, quiz.hintPenalty) : null}
              hintsUsed={hintsUsed}
              hintPenalty={quiz.hintPenalty}
              onAnswer={(next: JsonValue) => updateDraft((base) => withAnswer(base, question.id, next))}
              onCheck={() => handleCheck(question)}
              onRetry={() => updateDraft((base) => withoutAnswer(base, question.id))}
              onHint={() => updateDraft((base) => withHint(base, question.id))}
            />
          );
        })}
      </div>
      <div className="quiz-actions quiz__footer">
        <p id={footerId} className="quiz__remaining">
          {remainingText}
        </p>
        <Button
          type="button"
          variant="primary"
          disabled={remaining > 0}
          aria-describedby={footerId}
          onClick={isExam ? handleSubmit : handleFinish}
        >
          {t(isExam ? 'quiz.exam.submit' : 'quiz.practice.finish')}
        </Button>
      </div>
    </section>
  );
}
