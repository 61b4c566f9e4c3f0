/**
 * The pages the build prerenders, one HTML file each, and which of them a URL shows.
 * Shared by the server entry (what to render, with which title and description) and the
 * browser entry (hydrate only the page that was prerendered for this URL).
 * Static routes come from the route table itself, so a new static route is prerendered
 * with no change here; the module and lesson patterns are expanded from the outline.
 */
import type { RouteObject } from 'react-router';
import type { CourseOutline } from '../lib/course-types';
import { translate, type Messages } from '../lib/i18n';
import { patternPages, staticPageAt } from '../lib/pages';
import { paths } from '../lib/paths';
import { findLesson, findModule } from '../features/course/outline';
import { documentTitle } from './use-page-title';

/** The key of the 404 page (`404.html`), which any unknown URL shows. */
export const NOT_FOUND_PAGE = patternPages.notFound.pattern;

function collectPatterns(routes: readonly RouteObject[], into: string[] = []): string[] {
  for (const route of routes) {
    if (route.path !== undefined) into.push(route.path);
    if (route.children) collectPatterns(route.children, into);
  }
  return into;
}

/** Every page path (without the base path), home first. */
export function listPagePaths(routes: readonly RouteObject[], outline: CourseOutline): string[] {
  const pages: string[] = [];
  for (const pattern of collectPatterns(routes)) {
    if (pattern === paths.module.pattern) {
      pages.push(...outline.modules.map((module) => paths.module.href(module.slug)));
    } else if (pattern === paths.lesson.pattern) {
      pages.push(
        ...outline.modules.flatMap((module) =>
          module.lessons.map((lesson) => paths.lesson.href(module.slug, lesson.slug)),
        ),
      );
    } else if (!pattern.includes(':') && !pattern.includes('*')) {
      pages.push(pattern.startsWith('/') ? pattern : `/${pattern}`);
    }
  }
  return [...new Set(pages)];
}

/** A pathname inside the app (base path removed) as a page key: '/a/b/' → '/a/b'. */
export function normalizePagePath(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

/** The prerendered page a pathname (base path removed) shows: its own path, or the 404 page. */
export function pageKeyFor(pathname: string, pagePaths: readonly string[]): string {
  const key = normalizePagePath(pathname);
  return pagePaths.includes(key) ? key : NOT_FOUND_PAGE;
}

export interface PageHead {
  title: string;
  description: string;
}

/**
 * The document title and meta description of a page, as the pages set them in the browser. A lesson's description
 * travels with its details, not in the outline: the prerender passes the page's lesson's.
 */
export function pageHead(
  pageKey: string,
  outline: CourseOutline,
  messages: Messages,
  glossarySize: number,
  lessonDescription = '',
): PageHead {
  const t = (key: string, vars?: Record<string, string | number>) => translate(messages, 'fr', key, vars);
  const withSuffix = (title: string) => documentTitle(title, t);
  const [moduleSlug = '', lessonSlug] = pageKey.split('/').filter(Boolean);
  const module = findModule(outline, moduleSlug);
  const lesson = lessonSlug === undefined ? undefined : findLesson(outline, moduleSlug, lessonSlug);
  // The static pages' title and description, as message keys ({n} is the glossary's size).
  const head = staticPageAt(pageKey);
  if (head) {
    return { title: withSuffix(t(head.title)), description: t(head.description, { n: glossarySize }) };
  }
  if (lesson) return { title: withSuffix(lesson.title), description: lessonDescription };
  if (module && lessonSlug === undefined) return { title: withSuffix(module.title), description: module.summary };
  if (pageKey === NOT_FOUND_PAGE) {
    const { title, description } = patternPages.notFound;
    return { title: withSuffix(t(title)), description: t(description) };
  }
  // A route outside the pages table (none today): the site's title.
  return { title: t('app.titleSuffix'), description: t('course.tagline') };
}
