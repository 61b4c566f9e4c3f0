/**
 * What the page knows of the course outline (KnownOutline), and how the rest arrives.
 *
 * A first visit carries only the frame (`virtual:course-frame`: the modules, their number of
 * lessons and minutes), so that it does not grow with the course. A lesson or module page loads its
 * module's lessons before it hydrates (their chunk is preloaded with the page); the whole outline
 * (`virtual:course-outline`) is loaded once the page has hydrated, and brings what depends on every
 * lesson: the other modules' counts of lessons done, « Reprendre », the certificate, the renames.
 *
 * Hydration must see what the prerender saw: the prerender renders each page with a KnownOutline of
 * its own (src/app/entry-server.tsx, through the context), and the browser hydrates with what it
 * knew when it started hydrating (`holdHydrationSnapshot`), then renders again with what it knows now.
 */
import { createContext, use, useContext, useSyncExternalStore } from 'react';
import { frame, moduleLessonsLoaders } from 'virtual:course-frame';
import { createStore } from 'zustand/vanilla';
import type { CourseOutline, KnownOutline, ModuleLessons } from '../../lib/course-types';
import { track } from '../../lib/tracked-promise';
import { knownOutline, moduleLessons } from './outline';

const store = createStore<KnownOutline>(() => ({ frame, lessons: {}, full: null }));
let hydrationState: KnownOutline | null = null;

/** A module's lessons if the page has them (own keys only: any path can name a module, `/constructor`…). */
function lessonsOf(known: KnownOutline, moduleSlug: string): ModuleLessons | undefined {
  return Object.hasOwn(known.lessons, moduleSlug) ? known.lessons[moduleSlug] : undefined;
}

/** What the page knows now (outside React: the browser entry). */
export function getKnownOutline(): KnownOutline {
  return store.getState();
}

/** The whole outline is here (the LMS package, which carries it; tests). */
export function setCourseOutline(outline: CourseOutline): void {
  store.setState(knownOutline(frame, outline), true);
}

/** Back to a page that knows only the frame (tests). */
export function resetKnownOutline(): void {
  hydrationState = null;
  fullPromise = null;
  store.setState(store.getInitialState(), true);
}

/** Called just before hydrating: what hydration renders with, whatever arrives meanwhile. */
export function holdHydrationSnapshot(): void {
  hydrationState = store.getState();
}

let fullPromise: Promise<CourseOutline> | null = null;

/**
 * Loads the whole outline, once; a failure (offline before the first visit was cached) rejects and
 * the next call tries again.
 */
export function loadCourseOutline(): Promise<CourseOutline> {
  fullPromise ??= track(
    import('virtual:course-outline').then(
      ({ outline }) => {
        const known = store.getState();
        // The modules already here keep their objects: a page showing one of their lessons is not rendered anew.
        const whole = knownOutline(known.frame, outline);
        if (!known.full) store.setState({ ...whole, lessons: { ...whole.lessons, ...known.lessons } }, true);
        return outline;
      },
      (error: unknown) => {
        fullPromise = null;
        throw error;
      },
    ),
  );
  return fullPromise;
}

/**
 * Loads one module's lessons (before hydrating a lesson or module page: their chunk is preloaded).
 * Resolves to undefined for a slug that is no module of the course; rejects when the chunk cannot be fetched.
 */
export async function loadModuleLessons(moduleSlug: string): Promise<ModuleLessons | undefined> {
  const known = lessonsOf(store.getState(), moduleSlug);
  if (known) return known;
  const loader = Object.hasOwn(moduleLessonsLoaders, moduleSlug) ? moduleLessonsLoaders[moduleSlug] : undefined;
  if (!loader) return undefined;
  const part = (await loader()).default;
  const now = store.getState();
  if (!lessonsOf(now, moduleSlug)) store.setState({ lessons: { ...now.lessons, [moduleSlug]: part } });
  return lessonsOf(store.getState(), moduleSlug);
}

/** The prerender's KnownOutline for the page it renders; in the browser, none (the store answers). */
export const KnownOutlineContext = createContext<KnownOutline | null>(null);

/** What the page knows of the outline; renders again as more arrives. */
export function useKnownOutline(): KnownOutline {
  const provided = useContext(KnownOutlineContext);
  const stored = useSyncExternalStore(store.subscribe, store.getState, () => hydrationState ?? store.getState());
  return provided ?? stored;
}

/**
 * A module's lessons. When the page does not have them yet (the learner followed a link to another
 * module before the whole outline arrived), suspends until the outline is here; a failure to load it
 * reaches the route's error boundary, whose « Réessayer » loads it again. Undefined for a slug that is
 * no module of the course.
 */
export function useModuleLessons(moduleSlug: string): ModuleLessons | undefined {
  const known = useKnownOutline();
  const part = lessonsOf(known, moduleSlug);
  if (part || known.full || !known.frame.modules.some((module) => module.slug === moduleSlug)) return part;
  const full = use(loadCourseOutline());
  // The store's object once the outline is here (the same at every render), not a new one.
  return lessonsOf(store.getState(), moduleSlug) ?? moduleLessons(full, moduleSlug);
}
