import { MDXProvider } from '@mdx-js/react';
import type { MDXComponents } from 'mdx/types';
import { memo, Suspense, use, useState } from 'react';
import { lessonLoaders, type LessonModule } from 'virtual:course-lessons';
import type { LessonDetails } from '../../lib/course-types';
import { useT } from '../../lib/i18n';
import { track } from '../../lib/tracked-promise';
import { LessonErrorBoundary } from './lesson-error-boundary';

const modules = new Map<string, Promise<LessonModule>>();
const details = new Map<string, Promise<LessonDetails>>();
const noDetails: LessonDetails = { objectives: [], headings: [] };

/** Each lesson's chunk is fetched once, when it is first shown (or preloaded). */
function loadLessonModule(lessonId: string): Promise<LessonModule> {
  let promise = modules.get(lessonId);
  if (!promise) {
    const loader = lessonLoaders[lessonId];
    promise = track(loader ? loader() : Promise.reject(new Error(`cours-docker: no lesson "${lessonId}"`)));
    // A failed download is handled by the body's error boundary, which can retry.
    promise.catch(() => undefined);
    modules.set(lessonId, promise);
  }
  return promise;
}

/**
 * The lesson's objectives and table of contents, which travel in its chunk. Never rejects:
 * when the chunk cannot be fetched, the page frame still renders and the body says why.
 */
function loadLessonDetails(lessonId: string): Promise<LessonDetails> {
  let promise = details.get(lessonId);
  if (!promise) {
    promise = track(
      loadLessonModule(lessonId).then(
        (module) => ({ objectives: module.objectives, headings: module.headings }),
        () => noDetails,
      ),
    );
    details.set(lessonId, promise);
  }
  return promise;
}

/** Suspends until the lesson's chunk is loaded (at once when it was preloaded). */
export function useLessonDetails(lessonId: string): LessonDetails {
  return use(loadLessonDetails(lessonId));
}

/** Loads a lesson's chunk ahead of rendering (used before hydrating a prerendered page). */
export async function preloadLesson(lessonId: string): Promise<void> {
  await loadLessonDetails(lessonId);
}

function Loading() {
  const t = useT();
  return (
    <p className="lesson-loading" role="status">
      {t('course.loadingLesson')}
    </p>
  );
}

function LessonContent({ lessonId }: { lessonId: string }) {
  const Lesson = use(loadLessonModule(lessonId)).default;
  return <Lesson />;
}

/**
 * The lesson's MDX body. Memoised: the page frame renders again when progress changes (the
 * outline's statuses, the « done » button), and the body, quizzes included, has no reason to.
 */
export const LessonBody = memo(function LessonBody({
  lessonId,
  components,
}: {
  lessonId: string;
  components: MDXComponents;
}) {
  const [attempt, setAttempt] = useState(0);
  return (
    <LessonErrorBoundary
      resetKey={lessonId}
      onRetry={() => {
        modules.delete(lessonId);
        details.delete(lessonId);
        setAttempt((value) => value + 1);
      }}
    >
      <MDXProvider components={components}>
        <Suspense fallback={<Loading />}>
          <LessonContent key={attempt} lessonId={lessonId} />
        </Suspense>
      </MDXProvider>
    </LessonErrorBoundary>
  );
});
