/**
 * The server entry, used only at build time (src/build/prerender/prerender-plugin.ts): renders one page
 * of the course to HTML with the same tree the browser hydrates (src/main.tsx). Lesson bodies,
 * the quiz and the lazy routes are awaited (react-dom/static's prerender waits for Suspense), so
 * each HTML file carries the page's real content.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { frame } from 'virtual:course-frame';
import { outline } from 'virtual:course-outline';
import { glossary } from 'virtual:glossary';
import { mergeCatalogues, registerMessages } from '../lib/i18n';
import { KnownOutlineContext } from '../features/course/known-outline';
import { knownOutline, listLessons as lessonsOf, moduleLessons } from '../features/course/outline';
import type { KnownOutline } from '../lib/course-types';
import { preloadLesson, recordLessonRequests } from '../features/course/lesson-body';
import { encodeLessonDetails } from '../lib/lesson-details-meta';
import { catalogue as baseCatalogue } from './catalogue';
import { lazyCatalogues } from './lazy-catalogues';
import { listPagePaths, NOT_FOUND_PAGE, pageHead, type PageHead } from './prerender-pages';
import { AppProviders } from './providers';
import { AppRoutes, routes } from './router';
import { UpdatePrompt } from './update-prompt';
import { routerBasename } from './router-basename';

export { NOT_FOUND_PAGE };

// Page heads need every page's words, lazy catalogues included.
const catalogue = mergeCatalogues(baseCatalogue, ...lazyCatalogues);
// A lazy chunk registers its messages as it loads, before it renders; registered here first, they
// are in place for the first page that loads the chunk, as they are when the browser hydrates it.
for (const lazy of lazyCatalogues) registerMessages(lazy);

export interface RenderedPage extends PageHead {
  /** The page key (its path without the base path, or NOT_FOUND_PAGE). */
  page: string;
  /** The markup that goes inside #root. */
  html: string;
  /** A lesson's page: its details, for `<meta name="cours-docker:lesson">` (src/lib/lesson-details-meta.ts). */
  lessonDetails?: string;
  /** The lessons (ids) whose body or details the page asked for: it is rendered again when one of them changes. */
  lessons: string[];
}

/** Every page to prerender, home first, then the 404 page. */
export function listPages(): string[] {
  return [...listPagePaths(routes, outline), NOT_FOUND_PAGE];
}

/** Each lesson's page and whether it shows a quiz, for the prerender to link the chunks it needs. */
export function listLessons(): { id: string; path: string; moduleSlug: string; slug: string; hasQuiz: boolean }[] {
  return lessonsOf(outline).map((lesson) => ({
    id: lesson.id,
    path: lesson.path,
    moduleSlug: lesson.moduleSlug,
    slug: lesson.slug,
    hasQuiz: lesson.quizIds.length > 0,
  }));
}

/**
 * What the browser knows of the outline when it hydrates the page (src/main.tsx): the frame; a
 * module's or lesson's page, its module's lessons too; the 404 page, which maps every lesson, all.
 */
export function pageOutline(page: string): KnownOutline {
  if (page === NOT_FOUND_PAGE) return knownOutline(frame, outline);
  const moduleSlug = page.split('/').filter(Boolean)[0] ?? '';
  const part = moduleLessons(outline, moduleSlug);
  return { frame, lessons: part ? { [moduleSlug]: part } : {}, full: null };
}

async function readStream(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

export async function renderPage(page: string): Promise<RenderedPage> {
  const { result, lessons } = await recordLessonRequests(() => renderPageOnly(page));
  return { ...result, lessons };
}

async function renderPageOnly(page: string): Promise<Omit<RenderedPage, 'lessons'>> {
  // Any path no route knows renders the 404 page, as the browser does for an unknown URL.
  const path = page === NOT_FOUND_PAGE ? '/__page-introuvable__/__/__' : page;
  const location = `${routerBasename === '/' ? '' : routerBasename}${path}`;
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <AppProviders>
        <KnownOutlineContext value={pageOutline(page)}>
          <StaticRouter basename={routerBasename} location={location}>
            <AppRoutes />
          </StaticRouter>
        </KnownOutlineContext>
        <UpdatePrompt />
      </AppProviders>
    </StrictMode>,
    // Every boundary inline: React would otherwise move large ones after the shell with inline scripts, which the CSP forbids.
    { onError: (error) => void errors.push(error), progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await readStream(prelude);
  if (errors.length > 0) {
    const first = errors[0];
    throw new Error(
      `prerender: ${page} failed: ${first instanceof Error ? (first.stack ?? first.message) : String(first)}`,
    );
  }
  const lesson = lessonsOf(outline).find((candidate) => candidate.path === page);
  const details = lesson ? await preloadLesson(lesson.id) : undefined;
  const lessonDetails = lesson && details ? encodeLessonDetails(lesson.id, details) : undefined;
  return { page, html, ...pageHead(page, outline, catalogue.fr, glossary.length, details?.description), lessonDetails };
}
