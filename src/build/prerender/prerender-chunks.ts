/**
 * Which lazy chunks a page needs, from the client build's manifest. Two kinds:
 * - `now`: loaded as the page starts: the glossary's or progress page's route, a module's lessons (on its page and its
 *   lessons' pages) and their descriptions (on its page), the whole outline (the 404 page's map). The prerender
 *   preloads their JavaScript and `npm run size` counts them in the first visit. (A lesson's frame
 *   needs its objectives and table of contents: the page carries them, src/lib/lesson-details-meta.ts.)
 * - `later`: a lesson's body and its quiz interface, fetched once the learner first interacts
 *   with the page (src/lib/hydration-gate.ts). Their HTML is already on screen, so only their CSS
 *   is needed for the first paint: the prerender links it, and their JavaScript waits.
 */
import { lazyRouteSources, patternPages } from '../../lib/pages';
import type { Manifest } from './size-report';

/** The quiz interface: its own chunk, shown by every lesson that has a quiz. */
export const QUIZ_SOURCE = 'src/features/quiz/quiz-view.tsx';

/** The lazy routes by page path, as keys of the build manifest (from the pages table). */
export const LAZY_ROUTES: Readonly<Record<string, string>> = lazyRouteSources;

/** Lazy route chunks of the build that LAZY_ROUTES does not map to a page (their pages would load them late). */
export function unmappedLazyRoutes(manifest: Manifest): string[] {
  const mapped = new Set(Object.values(LAZY_ROUTES));
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  return (entry?.dynamicImports ?? []).filter((key) => key.startsWith('src/app/routes/') && !mapped.has(key));
}

/** The manifest key of a lesson's chunk: the module that wraps its body (course-plugin.ts). */
export function lessonSource(moduleSlug: string, lessonSlug: string): string {
  return `content/${moduleSlug}/${lessonSlug}.mdx?lesson`;
}

export interface PageLesson {
  path: string;
  source: string;
  hasQuiz: boolean;
}

export interface PageChunks {
  /** Loaded as the page starts (preloaded; in the first visit). */
  now: string[];
  /** Loaded on the first interaction; their CSS is linked for the first paint. */
  later: string[];
}

/** Every lesson chunk of a build, measured as if it had a quiz (the worst case for sizes). */
export function manifestLessons(manifest: Manifest): PageLesson[] {
  return Object.keys(manifest)
    .filter((key) => key.startsWith('content/') && key.endsWith('.mdx?lesson'))
    .map((key) => {
      const [, moduleSlug = '', file = ''] = key.split('/');
      const slug = file.replace(/\.mdx\?lesson$/, '');
      return { path: `/${moduleSlug}/${slug}`, source: lessonSource(moduleSlug, slug), hasQuiz: true };
    });
}

/** A module's lesson descriptions: a chunk of their own, which its page shows (src/build/content/course-plugin.ts). */
export function descriptionsSource(moduleSlug: string): string {
  return `virtual:course-descriptions/${moduleSlug}`;
}

/** A module's lessons and neighbours: a chunk of their own, which its page and its lessons' pages hydrate with. */
export function moduleLessonsSource(moduleSlug: string): string {
  return `virtual:course-module-lessons/${moduleSlug}`;
}

/** The whole outline, which the 404 page's map hydrates with (every other page loads it once hydrated). */
export const OUTLINE_SOURCE = 'virtual:course-outline/course-outline';

/** The chunks of the page `page` (its path without the base path, or the 404 page's key, `*`). */
export function pageChunkKeys(page: string, lessons: readonly PageLesson[]): PageChunks {
  if (page === patternPages.notFound.pattern) return { now: [OUTLINE_SOURCE], later: [] };
  const lesson = lessons.find((candidate) => candidate.path === page);
  if (lesson) {
    const moduleSlug = lesson.path.split('/')[1] ?? '';
    return {
      now: [moduleLessonsSource(moduleSlug)],
      later: lesson.hasQuiz ? [lesson.source, QUIZ_SOURCE] : [lesson.source],
    };
  }
  const moduleSlug = page.slice(1);
  if (/^[^/]+$/.test(moduleSlug) && lessons.some((candidate) => candidate.path.startsWith(`${page}/`))) {
    return { now: [descriptionsSource(moduleSlug), moduleLessonsSource(moduleSlug)], later: [] };
  }
  const route = LAZY_ROUTES[page];
  return { now: route ? [route] : [], later: [] };
}

export interface PageAssets {
  /** JS files (relative to the build folder) to preload, besides what the entry loads. */
  scripts: string[];
  /** CSS files the page needs, besides the entry's. */
  styles: string[];
}

/**
 * The files of the page's chunks and of their static imports that the entry does not already
 * load: the scripts of those it loads now, the stylesheets of all.
 */
export function pageAssets(manifest: Manifest, chunks: PageChunks): PageAssets {
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  const loaded = new Set<string>();
  const walk = (key: string, into: Set<string>) => {
    if (into.has(key)) return;
    into.add(key);
    for (const child of manifest[key]?.imports ?? []) walk(child, into);
  };
  if (entryKey) walk(entryKey, loaded);
  const collect = (keys: readonly string[]) => {
    const needed = new Set<string>();
    for (const key of keys) {
      if (!manifest[key])
        throw new Error(
          `prerender: the build manifest has no chunk for ${key} (renamed? see src/build/prerender/prerender-chunks.ts)`,
        );
      walk(key, needed);
    }
    return [...needed].filter((key) => !loaded.has(key) && manifest[key]);
  };
  const entryStyles = new Set([...loaded].flatMap((key) => manifest[key]?.css ?? []));
  const now = collect(chunks.now);
  const scripts = now.map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'));
  const styles: string[] = [];
  for (const key of [...now, ...collect(chunks.later)])
    for (const sheet of manifest[key]?.css ?? [])
      if (!entryStyles.has(sheet) && !styles.includes(sheet)) styles.push(sheet);
  return { scripts, styles };
}
