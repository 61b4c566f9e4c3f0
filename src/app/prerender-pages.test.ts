import type { RouteObject } from 'react-router';
import { expect, test } from 'vitest';
import type { CourseOutline, LessonMeta } from '../lib/course-types';
import { listPagePaths, NOT_FOUND_PAGE, normalizePagePath, pageHead, pageKeyFor } from './prerender-pages';

function lesson(moduleSlug: string, slug: string, title: string): LessonMeta {
  return {
    id: `${moduleSlug}-${slug}`,
    moduleSlug,
    slug,
    path: `/${moduleSlug}/${slug}`,
    title,
    duration: 10,
    kind: 'lesson',
    quizIds: [],
  };
}

const outline: CourseOutline = {
  modules: [
    {
      id: 'virt',
      slug: 'virtualisation',
      title: 'Virtualisation',
      summary: 'Le module 1.',
      lessons: [lesson('virtualisation', 'definition', 'Définition')],
    },
  ],
};
const routes: RouteObject[] = [
  {
    children: [
      { path: '/' },
      { path: '/progression' },
      { path: '/glossaire' },
      { path: '/:moduleSlug' },
      { path: '/:moduleSlug/:lessonSlug' },
      { path: '*' },
    ],
  },
];
const messages = {
  'app.titleSuffix': 'Cours Docker',
  'course.title': 'Docker',
  'course.tagline': 'Le cours.',
  'glossary.title': 'Glossaire',
  'glossary.intro': 'Les {n} termes.',
  'progress.title': 'Progression',
  'progress.intro': 'Où vous en êtes.',
  'app.notFound.title': 'Page introuvable',
  'app.notFound.text': 'Aucune page ici.',
};

test('every page: static routes from the route table, modules and lessons from the outline', () => {
  expect(listPagePaths(routes, outline)).toEqual([
    '/',
    '/progression',
    '/glossaire',
    '/virtualisation',
    '/virtualisation/definition',
  ]);
});

test('a URL shows its own prerendered page, trailing slash or not; anything else the 404 page', () => {
  const pages = listPagePaths(routes, outline);
  expect(pageKeyFor('/virtualisation/definition/', pages)).toBe('/virtualisation/definition');
  expect(pageKeyFor('', pages)).toBe('/');
  expect(pageKeyFor('/virtualisation/inconnue', pages)).toBe(NOT_FOUND_PAGE);
  expect(normalizePagePath('///')).toBe('/');
});

test('each page has the title and description the browser shows', () => {
  expect(pageHead('/', outline, messages, 3)).toEqual({ title: 'Docker · Cours Docker', description: 'Le cours.' });
  expect(pageHead('/glossaire', outline, messages, 3).description).toBe('Les 3 termes.');
  expect(pageHead('/virtualisation', outline, messages, 3)).toEqual({
    title: 'Virtualisation · Cours Docker',
    description: 'Le module 1.',
  });
  expect(pageHead('/virtualisation/definition', outline, messages, 3, 'À propos de Définition.')).toEqual({
    title: 'Définition · Cours Docker',
    description: 'À propos de Définition.',
  });
  expect(pageHead(NOT_FOUND_PAGE, outline, messages, 3).title).toBe('Page introuvable · Cours Docker');
});
