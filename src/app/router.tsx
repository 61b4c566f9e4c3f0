import { lazy, type ComponentType } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import type { staticPages } from '../lib/pages';
import { patternPages, staticPageList } from '../lib/pages';
import { AppLayout } from './app-layout';
import { RootBoundary } from './root-error';
import { HomeRoute } from './routes/home-route';
import { LessonRoute } from './routes/lesson-route';
import { ModuleRoute } from './routes/module-route';
import { NotFoundRoute } from './routes/not-found-route';
// Two lazy pages' few rules, in the entry's stylesheet rather than in one of their own (a small file gzips badly,
// and their pages would wait for one more): `npm run size` measured both ways.
import '../features/glossary/glossary.css';
import './retention-setting.css';

type Pages = typeof staticPages;
type LazySource = {
  [Name in keyof Pages]: Pages[Name]['lazy'] extends true ? Pages[Name]['source'] : never;
}[keyof Pages];
type EagerSource = Exclude<Pages[keyof Pages]['source'], LazySource>;

/**
 * The route modules of the pages table (lib/pages.ts), by source file. A lazy page's import is a
 * literal so that the bundler gives it its own chunk; TypeScript requires one line per page.
 */
const lazyModules: Record<LazySource, () => Promise<{ default: ComponentType }>> = {
  'src/app/routes/progress-route.tsx': () => import('./routes/progress-route'),
  'src/app/routes/glossary-route.tsx': () => import('./routes/glossary-route'),
  'src/app/routes/completion-route.tsx': () => import('./routes/completion-route'),
  'src/app/routes/review-route.tsx': () => import('./routes/review-route'),
};
const eagerModules: Record<EagerSource, ComponentType> = {
  'src/app/routes/home-route.tsx': HomeRoute,
};
const lazyComponents = new Map(Object.entries(lazyModules).map(([source, load]) => [source, lazy(load)]));

function pageElement(source: string) {
  const Page = lazyComponents.get(source) ?? (eagerModules as Record<string, ComponentType>)[source];
  if (!Page) throw new Error(`router: no route module for ${source} (see src/lib/pages.ts)`);
  return <Page />;
}

/** The routes as data, from the pages table. */
export const routes: RouteObject[] = [
  {
    element: (
      <RootBoundary>
        <AppLayout />
      </RootBoundary>
    ),
    children: [
      ...staticPageList.map((page) => ({ path: page.path, element: pageElement(page.source) })),
      { path: patternPages.module.pattern, element: <ModuleRoute /> },
      { path: patternPages.lesson.pattern, element: <LessonRoute /> },
      { path: patternPages.notFound.pattern, element: <NotFoundRoute /> },
    ],
  },
];

/**
 * The app's pages, under whichever router holds the location: the browser's (src/main.tsx), the
 * prerender's (src/app/entry-server.tsx) or the LMS package's (src/app/lms/lms-app.tsx). React
 * Router's declarative routing: the pages load nothing through the router (no loader, no action),
 * so its data router, twice the size, would bring nothing.
 */
export function AppRoutes() {
  return useRoutes(routes);
}
