/**
 * `npm run size [-- --no-build] [-- --budget file]`: builds, then prints for each
 * route kind the gzipped JS and CSS of a first visit, and fails over budget.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  checkBudgets,
  formatKb,
  measureRoutes,
  readManifest,
  type Budget,
  type RouteKind,
} from '../src/build/size-report.ts';

const args = process.argv.slice(2);
const budgetFile = resolve(
  args[args.indexOf('--budget') + 1] && args.includes('--budget')
    ? args[args.indexOf('--budget') + 1]!
    : 'size-budget.json',
);
const distDir = resolve('dist');

if (!args.includes('--no-build')) execSync('npx vite build --logLevel warn', { stdio: 'inherit' });

const manifest = readManifest(distDir);
const lessons = Object.keys(manifest).filter((key) => key.startsWith('content/') && key.endsWith('.mdx'));
const quizUi = Object.keys(manifest).filter(
  (key) => key.startsWith('src/features/quiz/') || key.includes('quiz-route'),
);
const kinds: RouteKind[] = [
  { name: 'home', needs: [] },
  { name: 'module', needs: [] },
  // Worst case over all lessons, with the quiz interface they show.
  { name: 'lesson', needs: lessons.map((lesson) => [lesson, ...quizUi]) },
  { name: 'glossary', needs: [['src/app/routes/glossary-route.tsx']] },
  { name: 'progress', needs: [['src/app/routes/progress-route.tsx']] },
  { name: '404', needs: [] },
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
const failures = checkBudgets(sizes, budget);
if (failures.length > 0) {
  console.error(`\nBudget dépassé :\n${failures.map((line) => `  ${line}`).join('\n')}`);
  process.exit(1);
}
console.log('\nTous les budgets sont respectés.');
