/**
 * The app's pages, as data: the one table read by the router (src/app/router.tsx), the page
 * heads of the prerender (src/app/prerender-pages.ts) and of the browser (usePageTitle), the
 * prerender's chunk list (build/prerender/prerender-chunks.ts), the size report (scripts/size.ts) and the
 * content's link checker (build/checks/check-links.ts). A route path is written here and nowhere else
 * (an ESLint rule says so); `paths` (lib/paths.ts) builds hrefs from it.
 *
 * Adding a page: one entry here and its route module in src/app/routes/ (a lazy page's module is
 * found by its file name, and a test fails if it is missing).
 */

export interface StaticPage {
  /** Path relative to the router's basename. */
  readonly path: string;
  /** The route module, as a key of the build manifest. */
  readonly source: `src/app/routes/${string}.tsx`;
  /** Loaded only when shown (its own chunk, preloaded by its prerendered HTML). */
  readonly lazy: boolean;
  /** Message keys of the document title and the meta description ({n}: the glossary's size). */
  readonly title: string;
  readonly description: string;
  /** A row of `npm run size`'s report. */
  readonly sizeKind: string;
  /** Whether a lesson may link to it (`[texte](/progression)`). */
  readonly linkable: boolean;
}

export const staticPages = {
  home: {
    path: '/',
    source: 'src/app/routes/home-route.tsx',
    lazy: false,
    title: 'course.title',
    description: 'course.tagline',
    sizeKind: 'home',
    linkable: true,
  },
  progress: {
    path: '/progression',
    source: 'src/app/routes/progress-route.tsx',
    lazy: true,
    title: 'progress.title',
    description: 'progress.intro',
    sizeKind: 'progress',
    linkable: true,
  },
  glossary: {
    path: '/glossaire',
    source: 'src/app/routes/glossary-route.tsx',
    lazy: true,
    title: 'glossary.title',
    description: 'glossary.intro',
    sizeKind: 'glossary',
    linkable: true,
  },
  completion: {
    path: '/certificat',
    source: 'src/app/routes/completion-route.tsx',
    lazy: true,
    title: 'completion.title',
    description: 'completion.notYet',
    sizeKind: 'completion',
    linkable: true,
  },
  review: {
    path: '/revisions',
    source: 'src/app/routes/review-route.tsx',
    lazy: true,
    title: 'review.title',
    description: 'review.intro',
    sizeKind: 'review',
    linkable: true,
  },
} as const satisfies Record<string, StaticPage>;

export type StaticPageName = keyof typeof staticPages;

/** The pages whose path comes from the course outline, and the page any unknown URL shows. */
export const patternPages = {
  module: {
    pattern: '/:moduleSlug',
    source: 'src/app/routes/module-route.tsx',
    sizeKind: 'module',
  },
  lesson: {
    pattern: '/:moduleSlug/:lessonSlug',
    source: 'src/app/routes/lesson-route.tsx',
    sizeKind: 'lesson',
  },
  notFound: {
    pattern: '*',
    source: 'src/app/routes/not-found-route.tsx',
    title: 'app.notFound.title',
    description: 'app.notFound.text',
    sizeKind: '404',
  },
} as const;

export const staticPageList: readonly (StaticPage & { name: StaticPageName })[] = Object.entries(staticPages).map(
  ([name, page]) => ({ ...page, name: name as StaticPageName }),
);

/** The static page at a path (without the base path), if any. */
export function staticPageAt(path: string): (StaticPage & { name: StaticPageName }) | undefined {
  return staticPageList.find((page) => page.path === path);
}

/** The lazy pages' route modules by path, as keys of the build manifest. */
export const lazyRouteSources: Readonly<Record<string, string>> = Object.fromEntries(
  staticPageList.filter((page) => page.lazy).map((page) => [page.path, page.source]),
);
