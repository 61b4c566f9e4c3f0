// The tokens, base and layout first: every feature's own stylesheet comes after, and builds on them.
import './styles/global.css';
import { startTransition, StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter, matchRoutes } from 'react-router';
import { listPagePaths, NOT_FOUND_PAGE, normalizePagePath } from './app/prerender-pages';
import { loadQuizView } from './app/lesson-quiz';
import { applyContentRenames } from './app/progress-bindings';
import { AppProviders } from './app/providers';
import { AppRoutes, routes } from './app/router';
import { routerBasename } from './app/router-basename';
import { registerServiceWorker, UpdatePrompt } from './app/update-prompt';
import { loadLessonIndex, preloadLesson, preloadLessonBody, seedLessonDetails } from './features/course/lesson-body';
import {
  getKnownOutline,
  holdHydrationSnapshot,
  loadCourseOutline,
  loadModuleLessons,
} from './features/course/known-outline';
import { loadModuleDescriptions } from './features/course/module-descriptions';
import { defaultPreferences, usePreferences } from './features/preferences/preferences-store';
import { hydrationGate } from './lib/hydration-gate';
import { decodeLessonDetails, LESSON_META_NAME } from './lib/lesson-details-meta';
import { paths } from './lib/paths';

/** The event public/head.js waits for (a string of its own: the head script imports nothing). */
const APP_READY_EVENT = 'cours-docker:ready';

/**
 * A prerendered lesson's frame hydrates at once, with the details (objectives, table of contents)
 * its page carries. Its body and quiz wait for the learner's first interaction
 * (src/lib/hydration-gate.ts), unless the interface's language is not the one the page was
 * prerendered in (switching it right after hydration would reach the waiting body) or the page
 * carries no details: the body is then loaded and hydrated with the rest, as before.
 */
async function preloadCurrentLesson(container: HTMLElement) {
  const match = matchRoutes([{ path: paths.lesson.pattern }], window.location, routerBasename)?.[0];
  const { moduleSlug, lessonSlug } = match?.params ?? {};
  if (!moduleSlug || !lessonSlug) return;
  // Its module's lessons: their chunk is preloaded with the page (a failure leaves the lesson route to load the outline).
  const part = await loadModuleLessons(moduleSlug).catch(() => undefined);
  const lesson = part?.lessons.find((candidate) => candidate.slug === lessonSlug);
  if (!lesson) return;
  const loadBody = () =>
    Promise.all([
      preloadLessonBody(lesson.id),
      // The quiz view comes with the body: the quiz hydrates with it instead of after it.
      lesson.quizIds.length > 0 ? loadQuizView() : null,
    ]).catch(() => undefined);
  const body = container.querySelector('.lesson-body');
  const carried = decodeLessonDetails(
    document.querySelector(`meta[name="${LESSON_META_NAME}"]`)?.getAttribute('content'),
  );
  // Pages are prerendered with the default preferences (the stores' server snapshots).
  const sameLanguage = usePreferences.getState().lang === defaultPreferences.lang;
  if (body && carried?.lessonId === lesson.id && sameLanguage) {
    seedLessonDetails(lesson.id, carried);
    hydrationGate.arm(lesson.id, body, loadBody);
    return;
  }
  await Promise.all([preloadLesson(lesson.id), loadBody()]).catch(() => undefined);
}

/** A prerendered module page hydrates with its lessons and their descriptions (their chunks are preloaded with the page). */
async function preloadCurrentModule() {
  const match = matchRoutes([{ path: paths.module.pattern }], window.location, routerBasename)?.[0];
  const moduleSlug = match?.params.moduleSlug;
  if (moduleSlug && getKnownOutline().frame.modules.some((module) => module.slug === moduleSlug)) {
    await Promise.all([loadModuleDescriptions(moduleSlug), loadModuleLessons(moduleSlug).catch(() => undefined)]);
  }
}

/**
 * Whether #root holds the prerendered markup of the page at this URL. A host (or the service
 * worker) may answer a URL with another page's file, e.g. 404.html: that markup is replaced,
 * not hydrated, so React never reports a mismatch. The 404 page, which maps every lesson, is
 * hydrated with the whole outline (preloaded with it), which also tells whether the URL is a page.
 */
async function holdsThisPage(container: HTMLElement): Promise<boolean> {
  if (!container.hasChildNodes()) return false;
  const { pathname } = window.location;
  const inApp =
    routerBasename !== '/' && pathname.startsWith(routerBasename) ? pathname.slice(routerBasename.length) : pathname;
  const key = normalizePagePath(inApp);
  // The prerender writes only pages' own keys: a page holding this key is this URL's page.
  if (container.dataset.page === key) return true;
  if (container.dataset.page !== NOT_FOUND_PAGE) return false;
  const outline = await loadCourseOutline().catch(() => null);
  return outline !== null && !listPagePaths(routes, outline).includes(key);
}

/**
 * The chunks the prerender listed for this page (a lazy route): evaluated
 * before hydrating, so the page's lazy parts hydrate at once instead of waiting for their
 * download while the prerendered markup is already on screen.
 */
async function importPageChunks() {
  const links = document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]');
  await Promise.all([...links].map((link) => import(/* @vite-ignore */ link.href).catch(() => undefined)));
}

/**
 * Says the app has hydrated (or rendered) the page: on a first visit, the head script
 * (public/head.js) then makes again on the same element a click it put aside while the app was
 * loading.
 */
function AppReady() {
  useEffect(() => {
    window.dispatchEvent(new Event(APP_READY_EVENT));
  }, []);
  return null;
}

/**
 * React rendered part of the page again instead of hydrating it, and says why: with its cause, which
 * a production build's message (React's error code alone) does not name.
 */
function reportRecoverableError(error: unknown) {
  const cause = error instanceof Error ? error.cause : undefined;
  console.error(error, ...(cause === undefined ? [] : [cause]));
}

function whenLoaded(callback: () => void) {
  if (document.readyState === 'complete') callback();
  else window.addEventListener('load', callback, { once: true });
}

async function start() {
  const container = document.getElementById('root');
  if (!container) throw new Error('cours-docker: #root is missing from index.html');
  // The lessons' loaders, out of the first load (their number grows with the course): fetched now, they are here
  // when a lesson's body opens or the learner follows a link to another lesson.
  loadLessonIndex().catch(() => undefined);
  // The same tree as the prerender (src/app/entry-server.tsx), so hydration matches.
  const app = (
    <StrictMode>
      <AppProviders>
        <BrowserRouter basename={routerBasename}>
          <AppRoutes />
        </BrowserRouter>
        <UpdatePrompt />
        <AppReady />
      </AppProviders>
    </StrictMode>
  );
  if (await holdsThisPage(container)) {
    await Promise.all([preloadCurrentLesson(container), preloadCurrentModule(), importPageChunks()]);
    holdHydrationSnapshot();
    // As a transition, hydration yields to the browser every few milliseconds instead of
    // blocking the main thread for the whole page: the prerendered page stays responsive.
    startTransition(() => {
      hydrateRoot(container, app, { onRecoverableError: reportRecoverableError });
    });
  } else {
    container.replaceChildren();
    createRoot(container).render(app);
  }
  // The whole outline follows the page (the other modules' lessons, « Reprendre », the certificate…),
  // then moves progress stored under renamed ids; offline before it was ever cached, the next start tries again.
  loadCourseOutline()
    .then(applyContentRenames)
    .catch(() => undefined);
  // Offline support starts once the page has loaded, so precaching never competes with it.
  if (import.meta.env.PROD) whenLoaded(() => registerServiceWorker(import.meta.env.BASE_URL));
}

void start();
