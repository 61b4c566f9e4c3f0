/**
 * The `Quiz` component lessons use: the quiz feature's view, fed and recorded by the
 * progress store (bindings, as progress-bindings.ts and review-bindings.ts). The quiz view is its
 * own chunk, fetched only by lessons that have a quiz.
 */
import { createContext, Suspense, use, useCallback, useMemo, type ReactNode } from 'react';
import { LessonErrorBoundary } from '../features/course/lesson-error-boundary';
import { findTeachingLesson, type TeachingIndex } from '../features/course/outline';
import { useProgressStore, useQuizSaved } from '../features/progress/progress-store';
import type { Question, Quiz } from '../features/quiz/quiz-schema';
import type { QuizView, QuizViewProps } from '../features/quiz/quiz-view';
import type { LessonWithDetails } from '../lib/course-types';
import type { QuizDraft } from '../lib/quiz-records';
import { Link } from 'react-router';
import { registerMessages, useLang, useT } from '../lib/i18n';
import { paths } from '../lib/paths';
import { useCertificateReady } from './progress-bindings';
import { track } from '../lib/tracked-promise';
import { examAnswers, newFirstChecks, recordReviewAnswers } from './review-bindings';

interface QuizChunks {
  View: typeof QuizView;
  /** The topics' teaching lessons, for an exam question's review link. */
  teaching: TeachingIndex;
}
let quizView: Promise<QuizChunks> | null = null;

/**
 * The quiz view and its messages come in their own chunk, only on pages that show a quiz, with the
 * topics' teaching lessons (a small chunk the outline every page loads is spared). main.tsx awaits
 * them before hydrating a prerendered lesson with a quiz, so the quiz's server HTML is hydrated in
 * place rather than dropped while the chunk downloads.
 */
export function loadQuizView(): Promise<QuizChunks> {
  quizView ??= track(
    Promise.all([import('../features/quiz/quiz-view'), import('virtual:course-teaching')]).then(([view, course]) => {
      registerMessages(view.quizMessages);
      return { View: view.QuizView, teaching: course.teaching };
    }),
  );
  return quizView;
}

type ReviewLink = (question: Question, teaching: TeachingIndex) => ReactNode;

function QuizViewLoader({ reviewLink, ...props }: Omit<QuizViewProps, 'reviewLink'> & { reviewLink: ReviewLink }) {
  const { View, teaching } = use(loadQuizView());
  const linkTo = useCallback((question: Question) => reviewLink(question, teaching), [reviewLink, teaching]);
  return <View {...props} reviewLink={linkTo} />;
}

/** The lesson a page shows, for the components its MDX renders (its quizzes, its labs). */
export const LessonContext = createContext<LessonWithDetails | null>(null);

/**
 * The lesson around a component. Outside a lesson page there is none: that is a wiring mistake, and
 * progress recorded without the lesson's id would be dropped, so it stops here, loudly.
 */
export function useLesson(component: string): LessonWithDetails {
  const lesson = use(LessonContext);
  if (!lesson) throw new Error(`${component} is rendered outside a lesson: no LessonContext around it`);
  return lesson;
}

/**
 * How a draft change is written: a change of answers only, within the same attempt (typing, mostly), is
 * batched; a new attempt, a check or a hint is written at once.
 */
export function draftWrite(previous: QuizDraft | null, next: QuizDraft | null): 'now' | 'batched' {
  if (previous === null || next === null) return 'now';
  const sameAttempt = previous.seed === next.seed && previous.startedAt === next.startedAt;
  const sameRest =
    sameJson(previous.checked, next.checked) &&
    sameJson(previous.hintsUsed, next.hintsUsed) &&
    sameJson(previous.firstChecked ?? null, next.firstChecked ?? null);
  return sameAttempt && sameRest ? 'batched' : 'now';
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Under an assessment's result, once the three are passed: the way to the certificate. */
function CertificateLink() {
  const t = useT();
  const ready = useCertificateReady();
  if (!ready) return null;
  return (
    <p className="quiz-certificate">
      {t('course.certificateReady')} <Link to={paths.completion.href()}>{t('course.certificateLink')}</Link>
    </p>
  );
}

/** `data` is the quiz as the build validated and serialised it (src/build/mdx/remark-course.ts). */
export function LessonQuiz({ data }: { data: string }) {
  const lesson = useLesson('Quiz');
  // Validated and normalised at build time (src/build/mdx/remark-course.ts): the page carries it as JSON.
  const quiz = useMemo(() => JSON.parse(data) as Quiz, [data]);
  const saved = useQuizSaved(quiz.id);
  const readOnly = useProgressStore((state) => state.storage === 'read-only');
  const saveQuizDraft = useProgressStore((state) => state.saveQuizDraft);
  const recordQuizAttempt = useProgressStore((state) => state.recordQuizAttempt);
  const sectionTitles = useMemo(
    () => Object.fromEntries(lesson.headings.map((heading) => [heading.slug, heading.text])),
    [lesson],
  );
  const lessonId = lesson.id;
  const t = useT();
  // A module exam's question has no section on its page: its review link goes to the lesson teaching its topic.
  const moduleSlug = lesson.moduleSlug;
  const reviewLink = useCallback<ReviewLink>(
    (question, teaching) => {
      const lesson = findTeachingLesson(teaching, question.topics, moduleSlug);
      if (!lesson) return null;
      return (
        <Link className="quiz-summary__review" to={paths.lesson.href(lesson.moduleSlug, lesson.slug)}>
          {t('quiz.summary.review', { section: lesson.title })}
        </Link>
      );
    },
    [moduleSlug, t],
  );
  // The quiz's interface speaks the learner's language, inside a French lesson.
  const lang = useLang();
  return (
    <LessonErrorBoundary resetKey={quiz.id} onRetry={() => (quizView = null)}>
      <Suspense fallback={null}>
        <div lang={lang}>
          <QuizViewLoader
            quiz={quiz}
            saved={saved}
            readOnly={readOnly}
            sectionTitles={sectionTitles}
            reviewLink={reviewLink}
            onDraftChange={(draft) => {
              // A question's first check (practice) makes or reschedules its review card.
              const previous = useProgressStore.getState().data.quizzes[quiz.id]?.draft ?? null;
              saveQuizDraft(quiz.id, lessonId, draft, draftWrite(previous, draft));
              void recordReviewAnswers(quiz.id, newFirstChecks(previous, draft)).catch(() => undefined);
            }}
            onAttempt={(attempt) => {
              recordQuizAttempt(quiz.id, lessonId, attempt);
              void recordReviewAnswers(quiz.id, examAnswers(attempt)).catch(() => undefined);
            }}
          />
          {lesson.kind === 'assessment' ? <CertificateLink /> : null}
        </div>
      </Suspense>
    </LessonErrorBoundary>
  );
}
