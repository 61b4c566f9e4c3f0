/**
 * Which lazy chunks a page shows on its first load, from the client build's manifest: a lesson
 * shows its body (and the quiz interface when it has a quiz); the glossary and progress pages
 * are lazy routes. The prerender links their CSS (no layout shift when they hydrate) and
 * preloads their JavaScript; `npm run size` counts them in the first visit.
 */
import { lazyRouteSources } from '../../lib/pages';
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

/** The manifest keys of the lazy chunks the page `page` renders (its path without the base path). */
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

export function pageChunkKeys(page: string, lessons: readonly PageLesson[]): string[] {
  const lesson = lessons.find((candidate) => candidate.path === page);
  if (lesson) return lesson.hasQuiz ? [lesson.source, QUIZ_SOURCE] : [lesson.source];
  const route = LAZY_ROUTES[page];
  return route ? [route] : [];
}

export interface PageAssets {
  /** JS files (relative to the build folder) to preload, besides what the entry loads. */
  scripts: string[];
  /** CSS files the page needs, besides the entry's. */
  styles: string[];
}

/** The files of `keys` and of their static imports that the entry does not already load. */
export function pageAssets(manifest: Manifest, keys: readonly string[]): PageAssets {
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  const loaded = new Set<string>();
  const walk = (key: string, into: Set<string>) => {
    if (into.has(key)) return;
    into.add(key);
    for (const child of manifest[key]?.imports ?? []) walk(child, into);
  };
  if (entryKey) walk(entryKey, loaded);
  const needed = new Set<string>();
  for (const key of keys) {
    if (!manifest[key])
      throw new Error(
        `prerender: the build manifest has no chunk for ${key} (renamed? see src/build/prerender/prerender-chunks.ts)`,
      );
    walk(key, needed);
  }
  const entryStyles = new Set([...loaded].flatMap((key) => manifest[key]?.css ?? []));
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const key of needed) {
    if (loaded.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) continue;
    if (chunk.file.endsWith('.js')) scripts.push(chunk.file);
    for (const sheet of chunk.css ?? []) if (!entryStyles.has(sheet) && !styles.includes(sheet)) styles.push(sheet);
  }
  return { scripts, styles };
}
