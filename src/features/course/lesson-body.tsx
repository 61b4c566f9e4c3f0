import { MDXProvider } from '@mdx-js/react';
import type { MDXComponents } from 'mdx/types';
import { memo, Suspense, use, useEffect, useState } from 'react';
import type { LessonModule } from 'virtual:course-lessons';
import type { LessonDetails } from '../../lib/course-types';
import { hydrationGate } from '../../lib/hydration-gate';
import { useT } from '../../lib/i18n';
import { loadOnce } from '../../lib/load-once';
import { track } from '../../lib/tracked-promise';
import { LessonErrorBoundary } from './lesson-error-boundary';

const modules = new Map<string, Promise<LessonModule>>();
const details = new Map<string, Promise<LessonDetails>>();
const noDetails: LessonDetails = { description: '', objectives: [], headings: [], wordCount: 0 };

/**
 * The lessons' loaders (one per lesson, with its chunk's file names): a chunk of its own, fetched
 * when the app starts (src/main.tsx) rather than with the first paint, whose weight then does not
 * grow with the course. A failed download is tried again at the next call.
 */
export const loadLessonIndex: () => Promise<Record<string, () => Promise<LessonModule>>> = loadOnce(() =>
  import('virtual:course-lessons').then((index) => index.lessonLoaders),
);

/**
 * The prerender's record of the lessons a page asks for (its body, its details): a page is rendered
 * again when one of them changes (src/build/prerender/server-code.ts). A thread renders one page at a
 * time. The browser's build leaves this out (`import.meta.env.SSR` is false there).
 */
let requestedLessons: Set<string> | null = null;

/** Renders a page (on the server) and tells which lessons it asked for. */
export async function recordLessonRequests<T>(render: () => Promise<T>): Promise<{ result: T; lessons: string[] }> {
  if (requestedLessons) throw new Error('cours-docker: one page at a time per thread');
  const requested = new Set<string>();
  requestedLessons = requested;
  try {
    const result = await render();
    return { result, lessons: [...requested].sort() };
  } finally {
    requestedLessons = null;
  }
}

/** Each lesson's chunk is fetched once, when it is first shown (or preloaded). */
function loadLessonModule(lessonId: string): Promise<LessonModule> {
  if (import.meta.env.SSR) requestedLessons?.add(lessonId);
  let promise = modules.get(lessonId);
  if (!promise) {
    promise = track(
      loadLessonIndex().then((loaders) => {
        const loader = loaders[lessonId];
        return loader ? loader() : Promise.reject(new Error(`cours-docker: no lesson "${lessonId}"`));
      }),
    );
    // A failed download is handled by the body's error boundary, which can retry.
    promise.catch(() => undefined);
    modules.set(lessonId, promise);
  }
  return promise;
}

/**
 * The lesson's description, objectives and table of contents, which travel in its chunk, or in the page for
 * the prerendered lesson a visit starts on (seedLessonDetails). Never rejects: when the chunk
 * cannot be fetched, the page frame still renders and the body says why.
 */
function loadLessonDetails(lessonId: string): Promise<LessonDetails> {
  if (import.meta.env.SSR) requestedLessons?.add(lessonId);
  let promise = details.get(lessonId);
  if (!promise) {
    promise = track(
      loadLessonModule(lessonId).then(
        (module) => module.details,
        () => noDetails,
      ),
    );
    details.set(lessonId, promise);
  }
  return promise;
}

/**
 * The details of the prerendered lesson a visit starts on, read from its page (the prerender
 * writes them in `<meta name="cours-docker:lesson">`): its frame hydrates without its chunk.
 */
export function seedLessonDetails(lessonId: string, seeded: LessonDetails): void {
  details.set(lessonId, track(Promise.resolve(seeded)));
}

/** Suspends until the lesson's details are loaded (at once when they were preloaded). */
export function useLessonDetails(lessonId: string): LessonDetails {
  return use(loadLessonDetails(lessonId));
}

/**
 * Loads a lesson's details ahead of rendering (before hydrating a prerendered page; for the
 * prerender, which writes them in the page).
 */
export function preloadLesson(lessonId: string): Promise<LessonDetails> {
  return loadLessonDetails(lessonId);
}

/** Loads a lesson's body (used when the hydration gate opens, src/main.tsx). */
export async function preloadLessonBody(lessonId: string): Promise<void> {
  await loadLessonModule(lessonId);
}

function Loading() {
  const t = useT();
  return (
    <p className="lesson-loading" role="status">
      {t('course.loadingLesson')}
    </p>
  );
}

let heldBody: { lessonId: string; module: Promise<LessonModule> } | null = null;

/**
 * The body's module, once the gate lets go of it if it holds it: one promise either way. React
 * resumes a render it had to suspend with the promises it was given, by their order (`use`), so
 * the body asks for exactly one whether the gate holds it or not: two, the first only while held,
 * and a render resumed just after the gate let go would be handed the gate's for the module's.
 */
function bodyModule(lessonId: string): Promise<LessonModule> {
  // Kept once the gate has let go, so that a resumed render gets the very promise it had.
  if (heldBody?.lessonId === lessonId) return heldBody.module;
  if (!hydrationGate.holds(lessonId)) return loadLessonModule(lessonId);
  const module = track(hydrationGate.released.then(() => loadLessonModule(lessonId)));
  // A failed download is handled by the body's error boundary, which can retry.
  module.catch(() => undefined);
  heldBody = { lessonId, module };
  return module;
}

function LessonContent({ lessonId }: { lessonId: string }) {
  // The prerendered body waits for the learner's first interaction (src/lib/hydration-gate.ts):
  // suspended, it keeps its server HTML, untouched, until then.
  const Lesson = use(bodyModule(lessonId)).default;
  return <Lesson />;
}

/**
 * Once the body has rendered (hydrated), the gate lets go of it: a click made on it meanwhile
 * is made again, the copy of its server HTML is dropped.
 */
function BodyShown() {
  useEffect(() => hydrationGate.shown(), []);
  return null;
}

/**
 * While the body loads: a message, or, for a prerendered body held by the gate that React had to
 * render again before its chunk came, the copy of its server HTML (it must not blank meanwhile).
 * The copy is the page's own prerendered markup, never anything a learner typed.
 */
function BodyFallback({ lessonId }: { lessonId: string }) {
  const held = hydrationGate.heldMarkup(lessonId);
  if (held !== null) return <div className="lesson-body-held" dangerouslySetInnerHTML={{ __html: held }} />;
  return <Loading />;
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
        if (heldBody?.lessonId === lessonId) heldBody = null;
        setAttempt((value) => value + 1);
      }}
    >
      <MDXProvider components={components}>
        <Suspense fallback={<BodyFallback lessonId={lessonId} />}>
          <LessonContent key={attempt} lessonId={lessonId} />
          <BodyShown />
        </Suspense>
      </MDXProvider>
    </LessonErrorBoundary>
  );
});
