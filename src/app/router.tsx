import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { paths } from '../lib/paths';
import { AppLayout } from './app-layout';
import { RootError } from './root-error';
import { HomeRoute } from './routes/home-route';
import { LessonRoute } from './routes/lesson-route';
import { ModuleRoute } from './routes/module-route';
import { NotFoundRoute } from './routes/not-found-route';

const ProgressRoute = lazy(() => import('./routes/progress-route'));
const GlossaryRoute = lazy(() => import('./routes/glossary-route'));
const CompletionRoute = lazy(() => import('./routes/completion-route'));

/** The routes as data; patterns come from lib/paths. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RootError />,
    children: [
      { path: paths.home.pattern, element: <HomeRoute /> },
      { path: paths.progress.pattern, element: <ProgressRoute /> },
      { path: paths.glossary.pattern, element: <GlossaryRoute /> },
      { path: paths.completion.pattern, element: <CompletionRoute /> },
      { path: paths.module.pattern, element: <ModuleRoute /> },
      { path: paths.lesson.pattern, element: <LessonRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
