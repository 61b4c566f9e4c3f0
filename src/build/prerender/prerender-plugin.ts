/**
 * Prerendering, as part of `vite build`: once the client bundle is written, a second,
 * server-side build of src/app/entry-server.tsx renders every page (home, modules, lessons,
 * glossary, progress, 404) into its own HTML file (dist/<module>/<lesson>/index.html,
 * dist/404.html), from the built index.html, so deep links work on any static host with no
 * rewrite rule. The service worker is generated after this (see `done` and pwa-plugin.ts), so
 * it precaches every page.
 *
 * `vite preview` is taught the same rules as a static host: /a/b serves a/b/index.html, and an
 * unknown URL gets 404.html with status 404.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, mergeConfig, type InlineConfig, type Plugin, type ResolvedConfig, type UserConfig } from 'vite';
import {
  hashText,
  noBuildCache,
  projectBuildCache,
  projectInputsFingerprint,
  type BuildCache,
} from '../shared/build-cache';
import { lessonSource, pageAssets, pageChunkKeys, unmappedLazyRoutes } from './prerender-chunks';
import { addCspHashes, cspHashes, injectPage, pageFile, rebaseHeadersFile } from './prerender-html';
import { renderPages, workerCount, workerRenderer } from './render-pool';
import { readManifest } from './size-report';
import { serverCode } from './server-code';
import { isFile } from '../shared/small-utils';

/** What src/app/entry-server.tsx exports (declared here: build code imports no .tsx). */
interface ServerEntry {
  listPages(): string[];
  listLessons(): { id: string; path: string; moduleSlug: string; slug: string; hasQuiz: boolean }[];
  renderPage(page: string): Promise<RenderedPage>;
}
type RenderedPage = {
  page: string;
  html: string;
  title: string;
  description: string;
  lessonDetails?: string;
  /** The lessons (ids) the page asked for. */
  lessons: string[];
};

export interface PrerenderOptions {
  /** The server entry, relative to the project root. */
  entry?: string;
  /**
   * The server build's config: the project's plugins made afresh, with the course the client build
   * read (vite.config.ts), so that neither the config file nor the course is read a second time.
   */
  serverConfig: () => UserConfig;
}

export interface PrerenderPlugin extends Plugin {
  /** Settles when the pages are written (or the prerender failed); the service worker waits for it. */
  done: () => Promise<void>;
}

function deferred() {
  let resolvePromise: () => void = () => undefined;
  let rejectPromise: (error: unknown) => void = () => undefined;
  const promise = new Promise<void>((onResolve, onReject) => {
    resolvePromise = onResolve;
    rejectPromise = onReject;
  });
  // A failure is reported by the build itself; this copy must not be an unhandled rejection.
  promise.catch(() => undefined);
  return { promise, resolve: resolvePromise, reject: rejectPromise };
}

async function buildServerEntry(
  config: ResolvedConfig,
  entry: string,
  serverConfig: () => UserConfig,
): Promise<{ dir: string; file: string }> {
  // Inside the project, so the server bundle resolves react & co. from node_modules.
  const cacheDir = join(config.root, 'node_modules', '.cache');
  mkdirSync(cacheDir, { recursive: true });
  const dir = mkdtempSync(join(cacheDir, 'prerender-'));
  const server: InlineConfig = {
    configFile: false,
    root: config.root,
    base: config.base,
    mode: config.mode,
    logLevel: 'warn',
    build: {
      ssr: entry,
      outDir: dir,
      emptyOutDir: true,
      copyPublicDir: false,
      // Which chunk holds which lesson (server-code.ts).
      manifest: true,
      minify: false,
      // Names without a hash: an edited lesson's chunk keeps its name, so the chunks that load it
      // are unchanged and the pages that do not show it are not rendered again (server-code.ts).
      rolldownOptions: {
        output: { entryFileNames: 'entry-server.mjs', chunkFileNames: 'chunks/[name].mjs' },
        // The server entry imports the course outline (every page shows it) that the browser's
        // code loads on demand: a split that only the browser's bundle needs, not a warning here.
        checks: { ineffectiveDynamicImport: false },
      },
    },
  };
  await build(mergeConfig(serverConfig(), server));
  return { dir, file: join(dir, 'entry-server.mjs') };
}

/** The hash of every file of the server build (path relative to `dir` → hash of its text), in a stable order, but its manifest. */
function hashServerBuild(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path).split(sep).join('/'), hashText(readFileSync(path, 'utf8')));
    }
  };
  walk(dir);
  files.delete('.vite/manifest.json');
  return files;
}

function writePage(outDir: string, page: string, html: string) {
  const file = join(outDir, pageFile(page));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}

/** The cache's record of the pages rendered for one key: each page with the hash of its HTML, and the CSP hashes of their inline elements. */
const PAGE_LISTS = 'prerendered-pages';
/** Each page's HTML, a file of its own named by its hash (so a page several builds share is kept once). */
const PAGE_HTML = 'prerendered-html';
/** A page's render (its markup and head, before it goes into the template), under its code and lessons (server-code.ts). */
const RENDERED_PAGES = 'rendered-page';
/** The lessons a page asked for when it was rendered with a given shared code. */
const PAGE_LESSONS = 'rendered-page-lessons';
interface Prerendered {
  pages: [page: string, htmlHash: string][];
  scripts: string[];
  styles: string[];
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

function isRenderedPage(value: unknown): value is RenderedPage {
  if (typeof value !== 'object' || value === null) return false;
  const { page, html, title, description, lessonDetails, lessons } = value as Partial<RenderedPage>;
  return (
    [page, html, title, description].every((text) => typeof text === 'string') &&
    (lessonDetails === undefined || typeof lessonDetails === 'string') &&
    isStrings(lessons)
  );
}

function isPrerendered(value: unknown): value is Prerendered {
  if (typeof value !== 'object' || value === null) return false;
  const { pages, scripts, styles } = value as Partial<Prerendered>;
  return (
    Array.isArray(pages) &&
    pages.every((item) => Array.isArray(item) && item.length === 2 && isStrings(item)) &&
    isStrings(scripts) &&
    isStrings(styles)
  );
}

/** Copies the pages of `record` from the cache into `outDir`; false when one is missing (they are rendered again). */
function restorePages(cache: BuildCache, outDir: string, record: Prerendered): boolean {
  for (const [page, htmlHash] of record.pages) {
    const file = join(outDir, pageFile(page));
    mkdirSync(dirname(file), { recursive: true });
    if (!cache.copyText(PAGE_HTML, htmlHash, file)) return false;
  }
  return true;
}

/** How the pages were obtained: rendered (some may be renders kept in the build cache), or all copied from it. */
export type PrerenderSource = 'rendered' | 'cache';

/** Renders every page of the built site in `outDir`; returns how many, and whether they came from the cache. */
export async function prerenderSite(
  config: ResolvedConfig,
  entry: string,
  serverConfig: () => UserConfig,
): Promise<{ count: number; source: PrerenderSource; rendered: number }> {
  const outDir = resolve(config.root, config.build.outDir);
  const template = readFileSync(join(outDir, 'index.html'), 'utf8');
  const manifest = readManifest(outDir);
  for (const key of unmappedLazyRoutes(manifest)) {
    config.logger.warn(`prerender: ${key} is a lazy route with no page in LAZY_ROUTES (prerender/prerender-chunks.ts)`);
  }
  const cache = projectBuildCache(config.root);
  const reuse = (record: unknown): record is Prerendered =>
    isPrerendered(record) && restorePages(cache, outDir, record);
  // The same project files (code, course, config, lock) build the same server bundle: an unchanged
  // rebuild finds its pages under this key and skips the server build altogether.
  const inputsKey =
    cache === noBuildCache
      ? ''
      : hashText(
          projectInputsFingerprint(config.root),
          entry,
          template,
          JSON.stringify(manifest),
          config.base,
          config.mode,
        );
  const byInputs = inputsKey ? cache.read<unknown>(PAGE_LISTS, `inputs\0${inputsKey}`) : undefined;
  if (reuse(byInputs)) {
    writeHeaders(outDir, config.base, byInputs);
    return { count: byInputs.pages.length, source: 'cache', rendered: 0 };
  }
  const server = await buildServerEntry(config, entry, serverConfig);
  try {
    // The same server build, page template, client manifest and base render the same pages (a
    // change elsewhere, a test file say, leaves the server bundle as it was). The files the pages
    // inline are named by content hash, except the head script: its text is in the key, with the
    // code that puts pages together.
    const readBuilt = memoRead(outDir);
    // Each file read and hashed once, for both keys below.
    const serverFiles = hashServerBuild(server.dir);
    const serverKey = hashText(
      ...[...serverFiles].flat(),
      template,
      JSON.stringify(manifest),
      config.base,
      readBuilt('head.js'),
      readFileSync(fileURLToPath(new URL('./prerender-html.ts', import.meta.url)), 'utf8'),
    );
    const byServer = cache.read<unknown>(PAGE_LISTS, `server\0${serverKey}`);
    if (reuse(byServer)) {
      if (inputsKey) cache.write(PAGE_LISTS, `inputs\0${inputsKey}`, byServer);
      writeHeaders(outDir, config.base, byServer);
      return { count: byServer.pages.length, source: 'cache', rendered: 0 };
    }
    const entryModule = (await import(pathToFileURL(server.file).href)) as ServerEntry;
    const courseLessons = entryModule.listLessons();
    const lessons = courseLessons.map((lesson) => ({
      path: lesson.path,
      source: lessonSource(lesson.moduleSlug, lesson.slug),
      hasQuiz: lesson.hasQuiz,
    }));
    const pages = entryModule.listPages();
    // A page whose code and lessons are those of a page rendered before is taken from the cache
    // (server-code.ts): an edited lesson renders its own page again, not the whole course.
    const code = serverCode(
      serverFiles,
      readManifest(server.dir),
      lessons.map((lesson) => lesson.source),
    );
    const sourceById = new Map(courseLessons.map((lesson, index) => [lesson.id, lessons[index]!.source]));
    const renderKey = (page: string, lessonIds: readonly string[]) =>
      hashText(
        page,
        code.shared,
        ...lessonIds.flatMap((id) => [id, code.lessons.get(sourceById.get(id) ?? '') ?? 'in the shared code']),
      );
    const keptRenders = new Map<string, RenderedPage>();
    for (const page of pages) {
      const lessonIds = cache.read<unknown>(PAGE_LESSONS, `${page}\0${code.shared}`);
      const kept = isStrings(lessonIds) ? cache.read<unknown>(RENDERED_PAGES, renderKey(page, lessonIds)) : undefined;
      if (isRenderedPage(kept) && kept.page === page) keptRenders.set(page, kept);
    }
    const toRender = pages.filter((page) => !keptRenders.has(page));
    const htmlHashes = new Map<string, string>();
    const hashes = { scripts: new Set<string>(), styles: new Set<string>() };
    const writeRendered = (rendered: RenderedPage) => {
      const html = injectPage(template, {
        ...rendered,
        assets: pageAssets(manifest, pageChunkKeys(rendered.page, lessons)),
        base: config.base,
        readBuilt,
      });
      writePage(outDir, rendered.page, html);
      const csp = cspHashes(html);
      csp.scripts.forEach((hash) => hashes.scripts.add(hash));
      csp.styles.forEach((hash) => hashes.styles.add(hash));
      if (cache !== noBuildCache) {
        const htmlHash = hashText(html);
        cache.writeText(PAGE_HTML, htmlHash, html);
        htmlHashes.set(rendered.page, htmlHash);
      }
    };
    for (const kept of keptRenders.values()) writeRendered(kept);
    // The server entry registers the lazy chunks' messages as it loads, in each thread, before any page renders.
    const workers = Array.from({ length: workerCount(toRender.length) }, () =>
      workerRenderer<RenderedPage>(server.file),
    );
    try {
      await renderPages<RenderedPage>(
        toRender,
        [(page) => entryModule.renderPage(page), ...workers.map((worker) => worker.render)],
        (_index, rendered) => {
          writeRendered(rendered);
          if (cache !== noBuildCache) {
            cache.write(PAGE_LESSONS, `${rendered.page}\0${code.shared}`, rendered.lessons);
            cache.write(RENDERED_PAGES, renderKey(rendered.page, rendered.lessons), rendered);
          }
        },
      );
    } finally {
      await Promise.all(workers.map((worker) => worker.close()));
    }
    const written: Prerendered = {
      pages: pages.map((page) => [page, htmlHashes.get(page) ?? '']),
      scripts: [...hashes.scripts].sort(),
      styles: [...hashes.styles].sort(),
    };
    if (cache !== noBuildCache) {
      cache.write(PAGE_LISTS, `server\0${serverKey}`, written);
      cache.write(PAGE_LISTS, `inputs\0${inputsKey}`, written);
    }
    writeHeaders(outDir, config.base, written);
    return { count: pages.length, source: 'rendered', rendered: toRender.length };
  } finally {
    rmSync(server.dir, { recursive: true, force: true });
  }
}

function memoRead(outDir: string): (path: string) => string {
  const texts = new Map<string, string>();
  return (path) => {
    let text = texts.get(path);
    if (text === undefined) {
      text = readFileSync(join(outDir, path), 'utf8');
      texts.set(path, text);
    }
    return text;
  };
}

/**
 * The host's `_headers`: under the base path, its CSP allowing by hash the inline head script and
 * styles of the pages written in `outDir`.
 */
function writeHeaders(outDir: string, base: string, hashes: Pick<Prerendered, 'scripts' | 'styles'>) {
  const headers = join(outDir, '_headers');
  if (!existsSync(headers)) return;
  const text = rebaseHeadersFile(readFileSync(headers, 'utf8'), base);
  writeFileSync(headers, addCspHashes(text, { scripts: hashes.scripts, styles: hashes.styles }));
}

export function prerenderPlugin(options: PrerenderOptions): PrerenderPlugin {
  const entry = options.entry ?? 'src/app/entry-server.tsx';
  let config: ResolvedConfig | null = null;
  let finished = deferred();
  // Rolldown runs closeBundle after a failed write with no error: remember the build's own.
  let buildError: Error | undefined;

  return {
    name: 'cours-docker:prerender',
    done: () => finished.promise,
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      finished = deferred();
      buildError = undefined;
    },
    buildEnd(error?: Error) {
      buildError = error;
    },
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler(error?: Error) {
        if (!config || config.command !== 'build' || config.build.ssr) return finished.resolve();
        if (error ?? buildError) return finished.reject(error ?? buildError);
        const started = performance.now();
        try {
          const { count, source, rendered } = await prerenderSite(config, entry, options.serverConfig);
          const from =
            source === 'cache'
              ? ' (from the build cache)'
              : rendered < count
                ? ` (${rendered} rendered, ${count - rendered} from the build cache)`
                : '';
          config.logger.info(`prerender: ${count} pages in ${Math.round(performance.now() - started)} ms${from}`);
          finished.resolve();
        } catch (failure) {
          finished.reject(failure);
          throw failure;
        }
      },
    },
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      const base = server.config.base;
      server.middlewares.use((req, res, next) => {
        if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url) return next();
        const url = new URL(req.url, 'http://localhost');
        let pathname: string;
        try {
          pathname = decodeURIComponent(url.pathname);
        } catch {
          return next();
        }
        if (`${pathname}/` === base) {
          res.statusCode = 302;
          res.setHeader('Location', `${base}${url.search}`);
          return res.end();
        }
        if (!pathname.startsWith(base)) return next();
        const relative = pathname.slice(base.length).replace(/^\/+/, '');
        const target = join(outDir, relative);
        if (!target.startsWith(outDir) || relative === '' || isFile(target)) return next();
        if (isFile(join(target, 'index.html'))) {
          req.url = `${base}${relative.replace(/\/?$/, '/')}index.html${url.search}`;
          return next();
        }
        if (isFile(`${target}.html`)) {
          req.url = `${base}${relative}.html${url.search}`;
          return next();
        }
        const notFound = join(outDir, '404.html');
        if (!isFile(notFound)) return next();
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(req.method === 'HEAD' ? undefined : readFileSync(notFound));
      });
    },
  };
}
