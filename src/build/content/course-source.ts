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
