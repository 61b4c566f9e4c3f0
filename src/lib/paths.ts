/**
 * Every route of the app with href builders, from the pages table (lib/pages.ts): no path
 * string is typed twice. Paths are relative to the router's basename (the deploy's base path).
 */
import { patternPages, staticPages } from './pages';

const page = <P extends string>(path: P) => ({ pattern: path, href: () => path });

export const paths = {
  home: page(staticPages.home.path),
  progress: page(staticPages.progress.path),
  glossary: {
    pattern: staticPages.glossary.path,
    href: (termId?: string) => (termId ? `${staticPages.glossary.path}#${termId}` : staticPages.glossary.path),
  },
  completion: page(staticPages.completion.path),
  review: page(staticPages.review.path),
  module: { pattern: patternPages.module.pattern, href: (moduleSlug: string) => `/${moduleSlug}` },
  lesson: {
    pattern: patternPages.lesson.pattern,
    href: (moduleSlug: string, lessonSlug: string, anchor?: string) =>
      `/${moduleSlug}/${lessonSlug}${anchor ? `#${anchor}` : ''}`,
  },
} as const;

/** Joins the deploy's base path (`import.meta.env.BASE_URL`) with an app path, for URLs used outside the router. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/$/, '')}${path}`;
}
