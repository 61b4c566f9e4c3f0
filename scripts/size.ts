/**
 * `npm run size [-- --no-build] [-- --budget file]`: builds, then prints for each
 * route kind the gzipped JS and CSS of a first visit, and fails over budget.
 * A first visit is the entry with its static imports plus the lazy chunks the page loads as it
 * starts, and the CSS of those it loads on the first interaction (src/build/prerender/prerender-chunks.ts:
 * the same chunks the prerendered HTML links and preloads), so the figures match what a browser
 * downloads for a prerendered page. What a lesson loads on the first interaction is printed apart.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { patternPages, staticPageList } from '../src/lib/pages';
import { LAZY_ROUTES, manifestLessons, pageAssets, pageChunkKeys } from '../src/build/prerender/prerender-chunks';
import {
  checkBudgets,
  formatKb,
  measureRoutes,
  readManifest,
  type Budget,
  type RouteKind,
} from '../src/build/prerender/size-report';

const args = process.argv.slice(2);
const budgetFile = resolve(
  args[args.indexOf('--budget') + 1] && args.includes('--budget')
    ? args[args.indexOf('--budget') + 1]!
    : 'size-budget.json',
);
const distDir = resolve('dist');

if (!args.includes('--no-build')) execSync('node scripts/vite.mjs build --logLevel warn', { stdio: 'inherit' });

const manifest = readManifest(distDir);
// Every lesson, measured as if it had a quiz: the worst case.
const lessons = manifestLessons(manifest);
const routeKind = (name: string, page: string): RouteKind => ({ name, needs: [pageChunkKeys(page, lessons)] });
// One row per page of the pages table (src/lib/pages.ts); a module and a lesson stand for their kinds.
const firstModule = lessons[0]?.path.split('/')[1] ?? '';
const kinds: RouteKind[] = [
  ...staticPageList
    .filter((page) => !page.lazy || manifest[LAZY_ROUTES[page.path] ?? ''])
    .map((page) => routeKind(page.sizeKind, page.path)),
  routeKind(patternPages.module.sizeKind, `/${firstModule}`),
  { name: patternPages.lesson.sizeKind, needs: lessons.map((lesson) => pageChunkKeys(lesson.path, lessons)) },
  routeKind(patternPages.notFound.sizeKind, patternPages.notFound.pattern),
];
const sizes = measureRoutes(distDir, manifest, kinds);
const budget = JSON.parse(readFileSync(budgetFile, 'utf8')) as Budget;

console.log('\nPremière visite (gzip)   JS          CSS         budget JS / CSS');
for (const size of sizes) {
  const limit = budget[size.name];
  console.log(
    `${size.name.padEnd(24)} ${formatKb(size.js).padEnd(11)} ${formatKb(size.css).padEnd(11)} ${limit ? `${limit.js} KB / ${limit.css} KB` : '—'}`,
  );
}
const gzip = (files: string[]) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length, 0);
// A lesson's body and its quiz interface: loaded on the learner's first interaction (the worst lesson).
const bodies = lessons.map((lesson) =>
  gzip(pageAssets(manifest, { now: pageChunkKeys(lesson.path, lessons).later, later: [] }).scripts),
);
if (bodies.length > 0)
  console.log(
    `${'corps de leçon (à la 1re interaction)'.padEnd(24)} ${formatKb(Math.max(...bodies)).padEnd(11)} ${'—'.padEnd(11)} hors première visite`,
  );
// The index of the lessons' chunks (one loader per lesson, so it grows with the course): fetched when the app starts,
// in no first paint (src/features/course/lesson-body.tsx).
const LESSON_INDEX_SOURCE = 'virtual:course-lessons/lesson-index';
const lessonIndex = manifest[LESSON_INDEX_SOURCE];
if (lessonIndex) {
  console.log(
    `${'index des leçons (au démarrage)'.padEnd(24)} ${formatKb(gzip([lessonIndex.file])).padEnd(11)} ${'—'.padEnd(11)} hors première visite`,
  );
}
// The lab chunk (terminal, steps, simulated engine): loaded by lesson pages with a lab, after they show, in no first visit.
const LAB_SOURCE = 'src/features/labs/lab-view.tsx';
if (manifest[LAB_SOURCE]) {
  const lab = pageAssets(manifest, { now: [LAB_SOURCE], later: [] });
  console.log(
    `${'lab (chargé après la page)'.padEnd(24)} ${formatKb(gzip(lab.scripts)).padEnd(11)} ${formatKb(gzip(lab.styles)).padEnd(11)} hors première visite`,
  );
}
const failures = checkBudgets(sizes, budget);
if (failures.length > 0) {
  console.error(`\nBudget dépassé :\n${failures.map((line) => `  ${line}`).join('\n')}`);
  process.exit(1);
}
console.log('\nTous les budgets sont respectés.');
