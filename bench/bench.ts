/**
 * `npm run bench`: builds the site, serves dist/ on loopback (bench/static-server.ts: gzip and
 * the shipped headers, as a static host would), and runs Lighthouse 12 in its mobile and
 * desktop presets on the home page, a lesson and a quiz, three runs each, in the Chromium the
 * tests use. Prints the medians and writes them to bench/results.json.
 *
 * `npm run bench -- --scale`: copies the project twice into a temporary folder, grows one copy's
 * course to 300 lessons (bench/scale-course.ts), builds both as `npm run build` does after its
 * content checks (cold, each with an empty build cache; then unchanged, which puts the kept output
 * back; then after a paragraph is added to one lesson, as an instructor's edit), adds an unchanged
 * rebuild by Vite itself (what the per-lesson caches alone leave), times the content checks that
 * `npm run build` runs first (with an empty cache, then unchanged), and reports build and rebuild
 * times, pages and first-load JavaScript side by side, to show they stay flat as a course grows.
 *
 * Options: --runs N (default 3), --no-build (Lighthouse on the existing build), --lessons N (scale),
 * --only accueil,quiz and --preset mobile (a subset of pages or presets; results.json is then
 * left as it is, so it always holds a complete table).
 */
import { execSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { browserArgs, findBrowser } from '../scripts/browser-path.mjs';
import { manifestLessons, pageChunkKeys } from '../src/build/prerender/prerender-chunks';
import { formatKb, measureRoutes, readManifest } from '../src/build/prerender/size-report';
import { generateScaledCourse } from './scale-course';
import { serveStatic } from './static-server';

const root = resolve(import.meta.dirname, '..');
const resultsFile = join(root, 'bench', 'results.json');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(name);
  const value = index >= 0 ? Number(args[index + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

const PAGES = [
  { name: 'accueil', path: '' },
  { name: 'leçon', path: 'virtualisation/definition' },
  { name: 'quiz', path: 'conteneurisation/pratique' },
  // A lesson with a lab: the terminal and the simulated engine load after the page shows.
  { name: 'lab', path: 'conteneurisation/conteneurs' },
  // A lesson with a workbench lab: the editor and the Dockerfile checks come with it, after the page shows.
  { name: 'atelier', path: 'conteneurisation/dockerfile' },
] as const;
const PRESETS = ['mobile', 'desktop'] as const;

interface Measure {
  performance: number;
  lcp: number;
  tbt: number;
  cls: number;
  transferKb: number;
  jsKb: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

/** `--name a,b`: the values given, or null when the option is absent. */
function listOption(name: string): string[] | null {
  const index = args.indexOf(name);
  return index >= 0 ? (args[index + 1] ?? '').split(',').filter(Boolean) : null;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function readResults(): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function writeResults(key: string, value: unknown) {
  const results = { ...readResults(), [key]: value };
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nRésultats écrits dans ${relative(root, resultsFile)}`);
}

function pad(text: string | number, width: number): string {
  return String(text).padEnd(width);
}

async function runLighthouse(url: string, preset: (typeof PRESETS)[number]): Promise<Measure> {
  const chromePath = findBrowser();
  if (!chromePath) throw new Error('bench: no Chromium found (see scripts/browser-path.mjs)');
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...browserArgs, '--headless=new'] });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`bench: Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`bench: Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    // Every JavaScript file the page downloaded: as a script, or fetched ahead for a first visit's
    // first interaction (a prefetch, which Lighthouse files under "other"; decision 010).
    const requests =
      (lhr.audits['network-requests']?.details as { items?: { url: string; transferSize?: number }[] } | undefined)
        ?.items ?? [];
    const scriptBytes = requests
      .filter((request) => new URL(request.url).pathname.endsWith('.js'))
      .reduce((sum, request) => sum + (request.transferSize ?? 0), 0);
    return {
      performance: score('performance'),
      lcp: Math.round(numeric('largest-contentful-paint')),
      tbt: Math.round(numeric('total-blocking-time')),
      cls: Number(numeric('cumulative-layout-shift').toFixed(3)),
      transferKb: Number((numeric('total-byte-weight') / 1024).toFixed(1)),
      jsKb: Number((scriptBytes / 1024).toFixed(1)),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
    };
  } finally {
    chrome.kill();
  }
}

/** Lighthouse sometimes fails to record a trace (NO_NAVSTART…): such a run is tried again. */
async function measureWithRetry(url: string, preset: (typeof PRESETS)[number]): Promise<Measure> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await runLighthouse(url, preset);
    } catch (error) {
      if (attempt >= 3) throw error;
      console.log(`(nouvel essai : ${error instanceof Error ? error.message : String(error)})`);
    }
  }
}

async function lighthouseMode() {
  const runs = option('--runs', 3);
  // Its own build folder: dist/ may be rebuilt meanwhile by the tests.
  const outDir = join(root, 'bench', 'tmp', 'dist');
  if (!args.includes('--no-build'))
    execSync(`npm run build -- --outDir ${relative(root, outDir)}`, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, BASE_PATH: '/' },
    });
  const server = await serveStatic({ dir: outDir });
  const rows: { page: string; preset: string; runs: Measure[]; median: Measure }[] = [];
  const onlyPages = listOption('--only');
  const onlyPresets = listOption('--preset');
  const pages = PAGES.filter((page) => !onlyPages || onlyPages.includes(page.name));
  const presets = PRESETS.filter((preset) => !onlyPresets || onlyPresets.includes(preset));
  const complete = pages.length === PAGES.length && presets.length === PRESETS.length;
  try {
    for (const preset of presets) {
      for (const page of pages) {
        const measures: Measure[] = [];
        for (let run = 1; run <= runs; run += 1) {
          const measure = await measureWithRetry(`${server.url}${page.path}`, preset);
          console.log(`Lighthouse ${preset} ${page.name} ${run}/${runs}: ${JSON.stringify(measure)}`);
          measures.push(measure);
        }
        const keys = Object.keys(measures[0]!) as (keyof Measure)[];
        const mid = Object.fromEntries(
          keys.map((key) => [key, median(measures.map((measure) => measure[key]))]),
        ) as unknown as Measure;
        rows.push({ page: `${page.name} (/${page.path})`, preset, runs: measures, median: mid });
      }
    }
  } finally {
    await server.close();
  }
  console.log(
    `\nLighthouse 12.2.3, médianes de ${runs} passages (Chromium ${execSync(`"${findBrowser() ?? ''}" --version`)
      .toString()
      .trim()})\n`,
  );
  const header = [
    'page',
    'profil',
    'perf',
    'LCP ms',
    'TBT ms',
    'CLS',
    'transfert KB',
    'JS KB',
    'access.',
    'bonnes pr.',
    'SEO',
  ];
  const widths = [38, 8, 5, 7, 7, 6, 13, 7, 8, 11, 4];
  console.log(header.map((cell, index) => pad(cell, widths[index]!)).join(' '));
  for (const row of rows) {
    const m = row.median;
    const cells = [
      row.page,
      row.preset,
      m.performance,
      m.lcp,
      m.tbt,
      m.cls,
      m.transferKb,
      m.jsKb,
      m.accessibility,
      m.bestPractices,
      m.seo,
    ];
    console.log(cells.map((cell, index) => pad(cell, widths[index]!)).join(' '));
  }
  if (complete)
    writeResults('lighthouse', {
      measuredAt: new Date().toISOString(),
      runs,
      rows: rows.map(({ page, preset, median: m }) => ({ page, preset, ...m })),
    });
  else console.log(`\n(une partie seulement des mesures : ${relative(root, resultsFile)} n'est pas modifié)`);
  const failing = rows.filter(
    (row) =>
      row.preset === 'mobile' &&
      [row.median.performance, row.median.accessibility, row.median.bestPractices, row.median.seo].some(
        (score) => score < 95,
      ),
  );
  if (failing.length > 0) console.log(`\nSous 95 sur mobile : ${failing.map((row) => row.page).join(', ')}`);
}

const EXCLUDED = new Set(['node_modules', '.git', 'dist', 'test-results', 'playwright-report', 'coverage', '.vite']);

function copyProject(destination: string) {
  cpSync(root, destination, {
    recursive: true,
    filter: (source) => {
      const path = relative(root, source);
      const top = path.split(/[\\/]/)[0] ?? '';
      return !EXCLUDED.has(top) && !top.startsWith('dist-') && !path.startsWith(join('bench', 'tmp'));
    },
  });
  symlinkSync(join(root, 'node_modules'), join(destination, 'node_modules'), 'dir');
}

function countFiles(dir: string, suffix: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) count += countFiles(join(dir, entry.name), suffix);
    else if (entry.name.endsWith(suffix)) count += 1;
  }
  return count;
}

function buildAndMeasure(label: string, dir: string) {
  console.log(`\n— ${label} : construction…`);
  // Each copy has its own build cache, empty at first: the first build is a cold one, the second
  // an unchanged rebuild that finds everything in the cache, the third finds all but one lesson there.
  const env = { ...process.env, BASE_PATH: '/', COURS_DOCKER_BUILD_CACHE_DIR: join(dir, '.build-cache') };
  // `npm run build` without its content checks (scripts/build.ts), or Vite itself, which never
  // takes the kept output (the unchanged rebuild then shows what the per-lesson caches leave).
  const timeBuild = (command = 'node --import tsx scripts/build.ts --logLevel warn', commandEnv = env) => {
    const started = performance.now();
    execSync(command, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: commandEnv });
    return Number(((performance.now() - started) / 1000).toFixed(1));
  };
  // The content checks that `npm run build` runs first, with a cache of their own: empty, then
  // after the builds below have changed nothing of the course.
  console.log(`— ${label} : vérification du contenu…`);
  const checkEnv = { ...env, COURS_DOCKER_BUILD_CACHE_DIR: join(dir, '.check-cache') };
  const checkSeconds = timeBuild('node --import tsx scripts/check-content.ts', checkEnv);
  const seconds = timeBuild();
  console.log(`— ${label} : reconstruction sans changement…`);
  const rebuildSeconds = timeBuild();
  console.log(`— ${label} : reconstruction sans changement, Vite relancé…`);
  const viteRebuildSeconds = timeBuild('node scripts/vite.mjs build --logLevel warn');
  console.log(`— ${label} : vérification du contenu sans changement…`);
  const recheckSeconds = timeBuild('node --import tsx scripts/check-content.ts', checkEnv);
  // Measured before the edit: the figures are those of the course as it is.
  const sizes = measureFirstVisits(dir);
  console.log(`— ${label} : reconstruction après une leçon modifiée…`);
  appendFileSync(join(dir, EDITED_LESSON), '\nUn paragraphe ajouté, comme le ferait une correction de la leçon.\n');
  const editSeconds = timeBuild();
  return {
    label,
    ...sizes,
    checkSeconds,
    recheckSeconds,
    buildSeconds: seconds,
    rebuildSeconds,
    viteRebuildSeconds,
    editSeconds,
  };
}

/** A lesson of the real course, in both copies: the edit the benchmark makes. */
const EDITED_LESSON = join('content', 'conteneurisation', 'reseau.mdx');

function measureFirstVisits(dir: string) {
  const dist = join(dir, 'dist');
  const manifest = readManifest(dist);
  const lessons = manifestLessons(manifest);
  const [home, lesson] = measureRoutes(dist, manifest, [
    { name: 'home', needs: [] },
    { name: 'lesson', needs: lessons.map((item) => pageChunkKeys(item.path, lessons)) },
  ]);
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  const swSize = existsSync(join(dist, 'sw.js')) ? statSync(join(dist, 'sw.js')).size : 0;
  return {
    lessons: lessons.length,
    pages: countFiles(dist, '.html'),
    homeJsKb: Number(((home?.js ?? 0) / 1024).toFixed(1)),
    lessonJsKb: Number(((lesson?.js ?? 0) / 1024).toFixed(1)),
    entryKb: entry ? Number((statSync(join(dist, entry.file)).size / 1024).toFixed(1)) : 0,
    serviceWorkerKb: Number((swSize / 1024).toFixed(1)),
    formatted: { home: formatKb(home?.js ?? 0), lesson: formatKb(lesson?.js ?? 0) },
  };
}

function scaleMode() {
  const total = option('--lessons', 300);
  const work = mkdtempSync(join(tmpdir(), 'cours-docker-scale-'));
  try {
    const realDir = join(work, 'reel');
    const scaledDir = join(work, 'agrandi');
    copyProject(realDir);
    copyProject(scaledDir);
    const files = generateScaledCourse(join(scaledDir, 'content'), total);
    for (const file of files) {
      mkdirSync(dirname(join(scaledDir, file.path)), { recursive: true });
      writeFileSync(join(scaledDir, file.path), file.text);
    }
    const real = buildAndMeasure('cours réel', realDir);
    const scaled = buildAndMeasure(`cours de ${total} leçons`, scaledDir);
    console.log(
      '\nCours                     leçons  pages  vérification (à froid, sans changement)  construction  reconstruction  reconstruction (Vite)  après une modification  JS accueil (gzip)  JS leçon (gzip, pire cas)  entrée (brut)',
    );
    for (const row of [real, scaled]) {
      console.log(
        `${pad(row.label, 25)} ${pad(row.lessons, 7)} ${pad(row.pages, 6)} ${pad(`${row.checkSeconds} s, ${row.recheckSeconds} s`, 40)} ${pad(`${row.buildSeconds} s`, 13)} ${pad(`${row.rebuildSeconds} s`, 15)} ${pad(`${row.viteRebuildSeconds} s`, 22)} ${pad(`${row.editSeconds} s`, 23)} ${pad(row.formatted.home, 18)} ${pad(row.formatted.lesson, 26)} ${row.entryKb} KB`,
      );
    }
    writeResults('scale', {
      measuredAt: new Date().toISOString(),
      rows: [real, scaled].map(({ formatted: _formatted, ...row }) => row),
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (args.includes('--scale')) scaleMode();
else await lighthouseMode();
