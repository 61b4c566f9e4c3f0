import react from '@vitejs/plugin-react';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PluginOption } from 'vite';
import { defineConfig } from 'vitest/config';
import { projectBuildCache } from './src/build/shared/build-cache';
import { lessonMdxPlugin } from './src/build/mdx/lesson-mdx';
import { keepParsedLessons } from './src/build/mdx/parsed-lessons';
import { coursePlugin } from './src/build/content/course-plugin';
import { createCourseSource } from './src/build/content/course-source';
import { searchIndexPlugin } from './src/build/search/search-index-plugin';
import { normalizeBasePath } from './src/build/shared/base-path';
import { clearOutDirInBackground } from './src/build/shared/clear-out-dir';
import { prerenderPlugin } from './src/build/prerender/prerender-plugin';
import { pwaPlugin } from './src/build/pwa/pwa-plugin';
import { lmsPlugin } from './src/build/lms/lms-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));

// `--mode lms` builds the site that goes into the LMS packages (scripts/build-lms.ts): relative
// paths, one page (index.html, memory routing), no prerender, no service worker.
/**
 * React Router's package sends every import to its development build (its warnings on), production
 * builds included; its production build, the same code with the warnings off, is in the package
 * beside it. A build takes that one, for the browser and the prerender alike.
 */
function reactRouterProductionBuild() {
  const dist = join(dirname(createRequire(import.meta.url).resolve('react-router/package.json')), 'dist/production');
  return [
    { find: /^react-router$/, replacement: join(dist, 'index.mjs') },
    { find: /^react-router\/dom$/, replacement: join(dist, 'dom-export.mjs') },
  ];
}

export default defineConfig(({ command, mode }) => {
  const lms = mode === 'lms';
  const base = lms ? './' : normalizeBasePath(process.env.BASE_PATH);
  // The course, read once and handed to every plugin that needs it (drafts only in development).
  // Production builds keep what they derive from each lesson between runs (build-cache.ts).
  const cache = command === 'build' ? projectBuildCache(root) : undefined;
  const loadOptions = { includeDrafts: command === 'serve', cache };
  const source = createCourseSource(root, loadOptions);
  // A build parses each lesson once: the compiler starts from the analysis's tree (parsed-lessons.ts).
  if (command === 'build') keepParsedLessons();
  const resolve = command === 'build' ? { alias: reactRouterProductionBuild() } : {};
  // The plugins that turn the course into modules, made afresh for each build: the prerender's
  // server build runs inside this one, with plugins of its own and the course this one read.
  const coursePlugins = (): PluginOption[] => [
    lmsPlugin({ source, lms }),
    coursePlugin({ root, source }),
    searchIndexPlugin({ source }),
    {
      enforce: 'pre',
      ...lessonMdxPlugin({ root, base, command, cache: source.cache, getGlossary: () => source.current().glossary }),
    },
    react({ include: /\.(mdx|[jt]sx?)$/ }),
  ];
  // Every page prerendered to its own HTML file, then the service worker that precaches them all.
  const prerender = prerenderPlugin({
    serverConfig: () => ({
      resolve,
      plugins: coursePlugins(),
      build: { target: 'es2022', reportCompressedSize: false },
    }),
  });
  return {
    base,
    resolve,
    plugins: [
      clearOutDirInBackground(),
      ...coursePlugins(),
      ...(lms ? [] : [prerender, pwaPlugin({ base, afterPrerender: prerender.done })]),
    ],
    build: {
      target: 'es2022',
      sourcemap: false,
      manifest: true,
      // `npm run size` reports what each page downloads, gzipped; Vite's own gzip of every chunk
      // (seconds at a few hundred lessons) would only repeat it.
      reportCompressedSize: false,
      // Rolldown's report of the time spent in each plugin only when asked for: BUILD_TIMINGS=1 npm run build.
      rolldownOptions: {
        checks: { bundlerTimings: process.env.BUILD_TIMINGS === '1' },
        output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
      },
    },
    preview: { port: 4173, strictPort: true },
    server: { port: 5173 },
    test: {
      environment: 'jsdom',
      setupFiles: ['./tests/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
      css: false,
      testTimeout: 20000,
    },
  };
});
