import { MDXProvider } from '@mdx-js/react';
import type { MDXComponents } from 'mdx/types';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import { lessonLoaders } from 'virtual:course-lessons';
import { useT } from '../../lib/i18n';
import { LessonErrorBoundary } from './lesson-error-boundary';

type LessonComponent = ComponentType<{ components?: MDXComponents }>;

/** One lazy component per lesson, made once, so each body is fetched once, when it is shown. */
const lessonComponents = new Map<string, LessonComponent>(
  Object.entries(lessonLoaders).map(([id, loader]) => [id, lazy(loader)]),
);

/** A failed download is cached by React.lazy: retrying needs a fresh lazy component. */
function renewLessonComponent(lessonId: string) {
  const loader = lessonLoaders[lessonId];
  if (loader) lessonComponents.set(lessonId, lazy(loader));
}

/** Loads a lesson's module ahead of rendering (used before hydrating a prerendered page). */
export async function preloadLesson(lessonId: string): Promise<void> {
  await lessonLoaders[lessonId]?.();
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
  const Lesson = lessonComponents.get(lessonId);
  // eslint-disable-next-line react-hooks/static-components -- made once at module load; this only looks it up
  return Lesson ? <Lesson /> : null;
}

export function LessonBody({ lessonId, components }: { lessonId: string; components: MDXComponents }) {
  const [attempt, setAttempt] = useState(0);
  return (
    <LessonErrorBoundary
      resetKey={lessonId}
      onRetry={() => {
        renewLessonComponent(lessonId);
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
}
