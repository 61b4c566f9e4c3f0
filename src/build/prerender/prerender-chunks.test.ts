import { expect, test } from 'vitest';
import { OUTLINE_SOURCE, pageAssets, pageChunkKeys, QUIZ_SOURCE, unmappedLazyRoutes } from './prerender-chunks';
import type { Manifest } from './size-report';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_shared.js'],
    css: ['assets/index.css'],
    dynamicImports: [
      'content/m/a.mdx?lesson',
      QUIZ_SOURCE,
      'src/app/routes/glossary-route.tsx',
      'src/app/routes/new-route.tsx',
      'virtual:course-module-lessons/m',
    ],
  },
  '_shared.js': { file: 'assets/shared.js' },
  '_diagram.js': { file: 'assets/diagram.js', css: ['assets/diagram.css'], imports: ['_shared.js'] },
  'content/m/a.mdx?lesson': { file: 'assets/a.js', imports: ['_diagram.js', '_shared.js'] },
  [QUIZ_SOURCE]: { file: 'assets/quiz.js', css: ['assets/quiz.css'], imports: ['_shared.js'] },
  'src/app/routes/glossary-route.tsx': { file: 'assets/glossary.js' },
  'virtual:course-module-lessons/m': { file: 'assets/m.js' },
};
const lessons = [
  { path: '/m/a', source: 'content/m/a.mdx?lesson', hasQuiz: true },
  { path: '/m/b', source: 'content/m/b.mdx?lesson', hasQuiz: false },
];

test('a lesson loads its module’s lessons now, its body (and the quiz interface when it has a quiz) later; lazy routes, a module’s lessons and descriptions, the 404 page’s outline now', () => {
  const moduleLessons = 'virtual:course-module-lessons/m';
  expect(pageChunkKeys('/m/a', lessons)).toEqual({
    now: [moduleLessons],
    later: ['content/m/a.mdx?lesson', QUIZ_SOURCE],
  });
  expect(pageChunkKeys('/m/b', lessons)).toEqual({ now: [moduleLessons], later: ['content/m/b.mdx?lesson'] });
  expect(pageChunkKeys('/glossaire', lessons)).toEqual({ now: ['src/app/routes/glossary-route.tsx'], later: [] });
  expect(pageChunkKeys('/', lessons)).toEqual({ now: [], later: [] });
  expect(pageChunkKeys('/m', lessons)).toEqual({ now: ['virtual:course-descriptions/m', moduleLessons], later: [] });
  expect(pageChunkKeys('/autre', lessons)).toEqual({ now: [], later: [] });
  expect(pageChunkKeys('*', lessons)).toEqual({ now: [OUTLINE_SOURCE], later: [] });
});

test('page assets: the scripts of the chunks loaded now and of their imports that the entry does not load; the CSS of all', () => {
  expect(pageAssets(manifest, { now: ['content/m/a.mdx?lesson', QUIZ_SOURCE], later: [] })).toEqual({
    scripts: ['assets/a.js', 'assets/diagram.js', 'assets/quiz.js'],
    styles: ['assets/diagram.css', 'assets/quiz.css'],
  });
  expect(pageAssets(manifest, pageChunkKeys('/m/a', lessons))).toEqual({
    scripts: ['assets/m.js'],
    styles: ['assets/diagram.css', 'assets/quiz.css'],
  });
  expect(pageAssets(manifest, { now: [], later: [] })).toEqual({ scripts: [], styles: [] });
});

test('a chunk missing from the manifest is an error naming it', () => {
  expect(() => pageAssets(manifest, { now: ['content/m/gone.mdx'], later: [] })).toThrow(/content\/m\/gone\.mdx/);
  expect(() => pageAssets(manifest, { now: [], later: ['content/m/gone.mdx'] })).toThrow(/content\/m\/gone\.mdx/);
});

test('a lazy route with no page mapping is reported', () => {
  expect(unmappedLazyRoutes(manifest)).toEqual(['src/app/routes/new-route.tsx']);
});
