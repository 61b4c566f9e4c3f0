/**
 * The prerender's pages shared among renderers: the build's own thread and worker threads
 * (render-worker.mjs) that load the same server build. Each renderer takes the next page as soon
 * as it is free, so a large course renders on every core; the pages are the same whichever thread
 * renders them (the server entry keeps no state from one page to the next).
 */
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export type Renderer<R> = (page: string) => Promise<R>;

/**
 * Renders every page exactly once with whichever renderer is free and hands each result to
 * `onRendered` (with the page's index in `pages`) as it comes. The first failure, of a renderer or
 * of `onRendered`, stops every renderer from taking another page and rejects.
 */
export async function renderPages<R>(
  pages: readonly string[],
  renderers: readonly Renderer<R>[],
  onRendered: (index: number, result: R) => void,
): Promise<void> {
  if (renderers.length === 0) throw new Error('prerender: no renderer to render the pages with');
  let next = 0;
  let failed = false;
  const run = async (render: Renderer<R>) => {
    while (!failed && next < pages.length) {
      const index = next;
      next += 1;
      try {
        onRendered(index, await render(pages[index]!));
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(renderers.map(run));
}

/** A worker takes a few hundred milliseconds to load the server build: one per this many pages at most. */
const PAGES_PER_WORKER = 20;
const MAX_WORKERS = 4;

/** How many workers to render `pageCount` pages with, beside the build's own thread, on `cores` cores. */
export function workerCount(pageCount: number, cores = availableParallelism()): number {
  return Math.max(0, Math.min(cores - 1, MAX_WORKERS, Math.floor(pageCount / PAGES_PER_WORKER)));
}

export interface WorkerRenderer<R> {
  render: Renderer<R>;
  close: () => Promise<void>;
}

type WorkerMessage<R> =
  | { ready: true }
  | { failed: { message: string; stack?: string } }
  | { page: string; rendered: R }
  | { page: string; error: { message: string; stack?: string } };

// Next to this file (the built config keeps this module's own URL); a path, not `new URL(…)`, which bundlers rewrite.
const WORKER_FILE = join(dirname(fileURLToPath(import.meta.url)), 'render-worker.mjs');

/** A worker thread that loads the server build `entryFile` and renders one page at a time. */
export function workerRenderer<R>(entryFile: string): WorkerRenderer<R> {
  const worker = new Worker(WORKER_FILE, {
    workerData: { entry: pathToFileURL(entryFile).href },
  });
  let pending: { page: string; resolve: (result: R) => void; reject: (error: Error) => void } | null = null;
  let settleReady: { resolve: () => void; reject: (error: Error) => void } | null = null;
  let broken: Error | null = null;
  const ready = new Promise<void>((resolve, reject) => {
    settleReady = { resolve, reject };
  });
  // Nobody may be waiting yet when the worker fails: the failure is reported by the next render.
  ready.catch(() => undefined);
  const fail = (error: Error) => {
    broken ??= error;
    settleReady?.reject(broken);
    pending?.reject(broken);
    pending = null;
  };
  worker.on('message', (message: WorkerMessage<R>) => {
    if ('ready' in message) return settleReady?.resolve();
    if ('failed' in message) {
      const reason = message.failed.stack ?? message.failed.message;
      return fail(new Error(`prerender: a worker could not load the server build: ${reason}`));
    }
    const current = pending;
    if (!current || current.page !== message.page) return;
    pending = null;
    if ('rendered' in message) return current.resolve(message.rendered);
    const error = new Error(message.error.message);
    if (message.error.stack) error.stack = message.error.stack;
    current.reject(error);
  });
  worker.on('error', (error) => fail(error));
  worker.on('exit', (code) => fail(new Error(`prerender: a worker stopped (exit code ${code})`)));
  return {
    render: async (page) => {
      await ready;
      if (broken) throw broken;
      return new Promise<R>((resolve, reject) => {
        pending = { page, resolve, reject };
        worker.postMessage(page);
      });
    },
    close: async () => {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
