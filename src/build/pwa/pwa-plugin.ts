/**
 * Offline support: the course's own service worker (src/service-worker/sw.ts), bundled by Vite, into
 * which vite-plugin-pwa writes the list of files to precache: the whole build — every prerendered
 * page, every lesson chunk, the search index, the glossary, the icons — and a web manifest. It is
 * built after the prerender (`afterPrerender`), so the pages' HTML is in the precache.
 *
 * Updates never mix versions: a new worker waits (no skipWaiting) until the learner accepts
 * the notice of src/app/update-prompt.tsx, which also registers the worker (no inline script).
 * Pages are precached under their link form, `virtualisation/definition` (not
 * `…/definition/index.html`), so a navigation to any page is answered from the cache; any other
 * navigation gets the 404 page.
 *
 * The worker depends only on its code and the files it precaches: it is kept in the build cache
 * under the hash of every file of the build, and an unchanged rebuild copies it back instead of
 * building it again.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { LogLevel, Plugin, ResolvedConfig } from 'vite';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { noBuildCache, projectBuildCache } from '../shared/build-cache';

type ManifestTransform = NonNullable<NonNullable<VitePWAOptions['injectManifest']>['manifestTransforms']>[number];

/** 'a/b/index.html' → 'a/b'; the home page keeps 'index.html' (the directory index of the base path). */
export function pageUrlForPrecache(url: string): string {
  return url !== 'index.html' && url.endsWith('/index.html') ? url.slice(0, -'/index.html'.length) : url;
}

const precachePagesByLink: ManifestTransform = (entries) =>
  Promise.resolve({
    manifest: entries.map((entry) => ({ ...entry, url: pageUrlForPrecache(entry.url) })),
    warnings: [],
  });

export const THEME_COLOR = '#0b5cad';

export interface PwaPluginOptions {
  /** The deploy's base path ('/' or '/cours-docker/'): the worker's scope and the app's start URL. */
  base: string;
  /** Resolves once every page's HTML file is written. */
  afterPrerender: () => Promise<void>;
}

/** The theme colour and the iOS home-screen icon, in every page's head. */
function headTagsPlugin(base: string): Plugin {
  return {
    name: 'cours-docker:pwa-head',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { name: 'theme-color', content: THEME_COLOR }, injectTo: 'head' },
      { tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${base}apple-touch-icon.png` }, injectTo: 'head' },
    ],
  };
}

const SERVICE_WORKER = 'sw.js';

/**
 * The hash of every file of the build the worker could precache (all but the worker itself):
 * their paths and bytes, so that a renamed, added, removed or changed file gives another worker.
 */
export function buildOutputFingerprint(outDir: string): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(outDir, path).split('\\').join('/'));
    }
  };
  walk(outDir);
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    if (file === SERVICE_WORKER) continue;
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(outDir, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

type CloseBundle = (this: unknown, ...args: unknown[]) => unknown;

/** vite-plugin-pwa's build step, taught to take the worker from the build cache when nothing changed. */
function withCachedServiceWorker(plugin: Plugin, base: string, afterPrerender: () => Promise<void>): Plugin {
  const closeBundle = plugin.closeBundle as CloseBundle | { handler: CloseBundle } | undefined;
  const generate = typeof closeBundle === 'function' ? closeBundle : closeBundle?.handler;
  if (!generate) return plugin;
  let config: ResolvedConfig | null = null;
  const configResolved = plugin.configResolved as ((this: unknown, config: ResolvedConfig) => unknown) | undefined;
  return {
    ...plugin,
    configResolved(this: unknown, resolved: ResolvedConfig) {
      config = resolved;
      return configResolved?.call(this, resolved);
    },
    closeBundle: {
      ...(typeof closeBundle === 'object' ? closeBundle : {}),
      async handler(this: unknown, ...args: unknown[]) {
        const cache = config && !args[0] && !config.build.ssr ? projectBuildCache(config.root) : noBuildCache;
        if (!config || cache === noBuildCache) return generate.apply(this, args);
        await afterPrerender();
        const outDir = resolve(config.root, config.build.outDir);
        const workerFile = join(outDir, SERVICE_WORKER);
        // The same build output, options and base (the options are code: the cache's fingerprint covers them).
        const key = `${base}\0${buildOutputFingerprint(outDir)}`;
        if (cache.copyText('service-worker', key, workerFile)) {
          config.logger.info(`service worker: ${SERVICE_WORKER} from the build cache`);
          return;
        }
        await generate.apply(this, args);
        cache.writeText('service-worker', key, readFileSync(workerFile, 'utf8'));
      },
    },
  } as Plugin;
}

export function pwaPlugin({ base, afterPrerender }: PwaPluginOptions): Plugin[] {
  // The worker's own build speaks as the site's does (`--logLevel warn` keeps both quiet).
  let logLevel: LogLevel | undefined;
  const logLevelPlugin: Plugin = {
    name: 'cours-docker:pwa-log-level',
    configResolved(resolved) {
      logLevel = resolved.logLevel;
    },
  };
  const pwa = VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    // The worker is the course's own (src/service-worker/sw.ts), bundled by Vite, the precache list
    // written into it: a fraction of the time Workbox's generator takes (Rollup, Babel, Terser).
    strategies: 'injectManifest',
    srcDir: 'src/service-worker',
    filename: 'sw.ts',
    scope: base,
    manifestFilename: 'manifest.webmanifest',
    includeManifestIcons: true,
    manifest: {
      id: base,
      name: 'Cours Docker — de la découverte à l’expertise',
      short_name: 'Cours Docker',
      description: 'Cours interactif en français sur Docker : virtualisation, conteneurs et observabilité.',
      lang: 'fr',
      dir: 'ltr',
      start_url: base,
      scope: base,
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: THEME_COLOR,
      icons: [
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: 'pwa-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'pwa-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    injectManifest: {
      // The web manifest is added by the plugin itself.
      globPatterns: ['**/*.{html,js,css,json,svg,png,txt,woff2}'],
      globIgnores: ['.vite/**', 'sw.js'],
      // Hashed file names already change with their content.
      dontCacheBustURLsMatching: /^assets\//,
      manifestTransforms: [precachePagesByLink],
      // A classic script, as the worker is registered (src/app/update-prompt.tsx).
      rollupFormat: 'iife',
      buildPlugins: {
        vite: [
          {
            name: 'cours-docker:service-worker-build',
            // Its size is in `npm run size`; Vite's gzip report of it would only repeat it.
            config: () => ({ logLevel, build: { reportCompressedSize: false } }),
          },
        ],
      },
      sourcemap: false,
      // The search index grows with the course (about 4.6 MB for 300 lessons, before gzip).
      maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    },
    integration: {
      closeBundleOrder: 'post',
      beforeBuildServiceWorker: () => afterPrerender(),
    },
  });
  return [
    logLevelPlugin,
    headTagsPlugin(base),
    ...pwa.map((plugin) =>
      plugin.name === 'vite-plugin-pwa:build' ? withCachedServiceWorker(plugin, base, afterPrerender) : plugin,
    ),
  ];
}
