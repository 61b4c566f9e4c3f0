/**
 * The course's service worker (dist/sw.js), built by src/build/pwa/pwa-plugin.ts: Vite bundles this
 * file with Workbox's modules, then the build writes the list of files to precache in place of
 * `self.__WB_MANIFEST` — every prerendered page (under its link form, `virtualisation/definition`),
 * every chunk, the search index, the icons.
 *
 * - Every precached file is answered from the cache, so the whole course works offline; a page's
 *   link form and its `…/index.html` both find it.
 * - Any other navigation gets the 404 page (the app then shows the page the URL names, if any).
 * - A new worker waits: it takes over only when the learner accepts the notice
 *   (src/app/update-prompt.tsx sends `SKIP_WAITING`), so versions never mix; once active, it
 *   controls the open pages at once and removes the caches of older versions.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import type { PrecacheEntry } from 'workbox-precaching';

interface WorkerScope {
  __WB_MANIFEST: (string | PrecacheEntry)[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

const worker = self as unknown as WorkerScope;

worker.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === 'SKIP_WAITING') void worker.skipWaiting();
});

// Written as `self.__WB_MANIFEST`: the build looks for that text to put the list in its place.
precacheAndRoute((self as unknown as WorkerScope).__WB_MANIFEST, { directoryIndex: 'index.html' });
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('404.html')));
clientsClaim();
