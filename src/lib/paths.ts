/**
 * Every route of the app, as data, with href builders: no path string is typed twice.
 * Paths are relative to the router's basename (the deploy's base path).
 */
export const paths = {
  home: { pattern: '/', href: () => '/' },
  progress: { pattern: '/progression', href: () => '/progression' },
  glossary: { pattern: '/glossaire', href: (termId?: string) => (termId ? `/glossaire#${termId}` : '/glossaire') },
  completion: { pattern: '/certificat', href: () => '/certificat' },
  module: { pattern: '/:moduleSlug', href: (moduleSlug: string) => `/${moduleSlug}` },
  lesson: {
    pattern: '/:moduleSlug/:lessonSlug',
    href: (moduleSlug: string, lessonSlug: string, anchor?: string) =>
      `/${moduleSlug}/${lessonSlug}${anchor ? `#${anchor}` : ''}`,
  },
} as const;

/** Joins the deploy's base path (`import.meta.env.BASE_URL`) with an app path, for URLs used outside the router. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/$/, '')}${path}`;
}
