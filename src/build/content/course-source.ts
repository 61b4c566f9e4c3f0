/**
 * The course as the build reads it, once: `content/` parsed by the loader (content-loader.ts)
 * and handed to every plugin that needs it (the outline and lesson modules, the MDX transform's
 * glossary, the search index, the LMS dictionary), the way a static-site generator passes one
 * loaded result to its plugins. The course plugin reloads it when a file under `content/`
 * changes in development; the others hear of it and drop what they derived from it.
 */
import { noBuildCache, type BuildCache } from '../shared/build-cache';
import { loadContent, type LoadedContent, type LoadOptions } from './content-loader';

export interface CourseSource {
  /** The content as last loaded (read on first use). */
  current(): LoadedContent;
  /** Reads `content/` again and tells every listener. */
  reload(): LoadedContent;
  /** Called after each reload. */
  onReload(listener: (content: LoadedContent) => void): void;
  /** The build cache the loader reads through, for the plugins that derive more from the course. */
  cache: BuildCache;
}

export function createCourseSource(root: string, options: LoadOptions): CourseSource {
  let content: LoadedContent | null = null;
  const listeners: ((content: LoadedContent) => void)[] = [];
  const reload = () => {
    content = loadContent(root, options);
    for (const listener of listeners) listener(content);
    return content;
  };
  return {
    current: () => content ?? reload(),
    cache: options.cache ?? noBuildCache,
    reload,
    onReload: (listener) => {
      listeners.push(listener);
    },
  };
}

/** Where a build lends its course to the builds it starts (a symbol shared by every copy of this module). */
const LENT = Symbol.for('cours-docker:lent-course-source');
interface Lent {
  root: string;
  includeDrafts: boolean;
  source: CourseSource;
}
type Slot = { [LENT]?: Lent };

/**
 * Runs `start` (a nested build: the prerender's server bundle) with this build's course lent to
 * it, so that it does not read and parse every lesson a second time.
 */
export async function withCourseSourceLent<T>(lent: Lent, start: () => Promise<T>): Promise<T> {
  const slot = globalThis as Slot;
  const previous = slot[LENT];
  slot[LENT] = lent;
  try {
    return await start();
  } finally {
    slot[LENT] = previous;
  }
}

/** The course lent by the build that started this one, when it is the same project read the same way. */
export function lentCourseSource(root: string, options: LoadOptions): CourseSource | undefined {
  const lent = (globalThis as Slot)[LENT];
  return lent && lent.root === root && lent.includeDrafts === options.includeDrafts ? lent.source : undefined;
}
