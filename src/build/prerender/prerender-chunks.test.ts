import { expect, test } from 'vitest';
import { pageAssets, pageChunkKeys, QUIZ_SOURCE, unmappedLazyRoutes } from './prerender-chunks';
import type { Manifest } from './size-report';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_shared.js'],
    css: ['assets/index.css'],
    dynamicImports: [
      'content/m/a.mdx',
      QUIZ_SOURCE,
      'src/app/routes/glossary-route.tsx',
      'src/app/routes/new-route.tsx',
    ],
  },
  '_shared.js': { file: 'assets/shared.js' },
  '_diagram.js': { file: 'assets/diagram.js', css: ['assets/diagram.css'], imports: ['_shared.js'] },
  'content/m/a.mdx': { file: 'assets/a.js', imports: ['_diagram.js', '_shared.js'] },
  [QUIZ_SOURCE]: { file: 'assets/quiz.js', css: ['assets/quiz.css'], imports: ['_shared.js'] },
  'src/app/routes/glossary-route.tsx': { file: 'assets/glossary.js' },
};
const lessons = [
  { path: '/m/a', source: 'content/m/a.mdx', hasQuiz: true },
  { path: '/m/b', source: 'content/m/b.mdx', hasQuiz: false },
];

test('a lesson shows its body, and the quiz interface when it has a quiz; lazy routes their chunk', () => {
  expect(pageChunkKeys('/m/a', lessons)).toEqual(['content/m/a.mdx', QUIZ_SOURCE]);
  expect(pageChunkKeys('/m/b', lessons)).toEqual(['content/m/b.mdx']);
  expect(pageChunkKeys('/glossaire', lessons)).toEqual(['src/app/routes/glossary-route.tsx']);
  expect(pageChunkKeys('/', lessons)).toEqual([]);
  expect(pageChunkKeys('/m', lessons)).toEqual([]);
});

test('page assets: the chunks and their imports that the entry does not load, with their CSS', () => {
  expect(pageAssets(manifest, ['content/m/a.mdx', QUIZ_SOURCE])).toEqual({
    scripts: ['assets/a.js', 'assets/diagram.js', 'assets/quiz.js'],
    styles: ['assets/diagram.css', 'assets/quiz.css'],
  });
  expect(pageAssets(manifest, [])).toEqual({ scripts: [], styles: [] });
});

test('a chunk missing from the manifest is an error naming it', () => {
  expect(() => pageAssets(manifest, ['content/m/gone.mdx'])).toThrow(/content\/m\/gone\.mdx/);
});

test('a lazy route with no page mapping is reported', () => {
  expect(unmappedLazyRoutes(manifest)).toEqual(['src/app/routes/new-route.tsx']);
});
