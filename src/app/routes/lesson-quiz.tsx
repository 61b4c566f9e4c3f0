/**
 * The `Quiz` component lessons use: the quiz feature's view, fed and recorded by the
 * progress store. The quiz view is its own chunk, fetched only by lessons that have a quiz.
 */
import { createContext, lazy, Suspense, use, useMemo } from 'react';
import { LessonErrorBoundary } from '../../features/course/lesson-error-boundary';
import { useProgressStore, useQuizSaved } from '../../features/progress/progress-store';
import type { Quiz } from '../../features/quiz/quiz-schema';
import type { LessonWithDetails } from '../../lib/course-types';
import { registerMessages } from '../../lib/i18n';

// The quiz view and its messages come in their own chunk, only on pages that show a quiz.
const QuizView = lazy(async () => {
  const [view, messages] = await Promise.all([
    import('../../features/quiz/quiz-view'),
    import('../../features/quiz/messages'),
  ]);
  registerMessages(messages.quizMessages);
  return { default: view.QuizView };
});

export const LessonContext = createContext<LessonWithDetails | null>(null);

/** `data` is the quiz as the build validated and serialised it (src/build/remark-course.ts). */
export function LessonQuiz({ data }: { data: string }) {
  const lesson = use(LessonContext);
  // Validated and normalised at build time (src/build/remark-course.ts): the page carries it as JSON.
  const quiz = useMemo(() => JSON.parse(data) as Quiz, [data]);
  const saved = useQuizSaved(quiz.id);
  const readOnly = useProgressStore((state) => state.storage === 'read-only');
  const saveQuizDraft = useProgressStore((state) => state.saveQuizDraft);
  const recordQuizAttempt = useProgressStore((state) => state.recordQuizAttempt);
  const sectionTitles = useMemo(
    () => Object.fromEntries((lesson?.headings ?? []).map((heading) => [heading.slug, heading.text])),
    [lesson],
  );
  const lessonId = lesson?.id ?? '';
  return (
    <LessonErrorBoundary resetKey={quiz.id}>
      <Suspense fallback={null}>
        <QuizView
          quiz={quiz}
          saved={saved}
          readOnly={readOnly}
          sectionTitles={sectionTitles}
          onDraftChange={(draft) => saveQuizDraft(quiz.id, lessonId, draft)}
          onAttempt={(attempt) => recordQuizAttempt(quiz.id, lessonId, attempt)}
        />
      </Suspense>
    </LessonErrorBoundary>
  );
}
