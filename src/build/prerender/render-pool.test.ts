// @vitest-environment node
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPages, workerCount, workerRenderer, type Renderer } from './render-pool';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('renderPages', () => {
  it('renders every page exactly once, whatever the number of renderers and their speed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 30 }),
        fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 4,
        }),
        async (pages, delays) => {
          const calls: string[] = [];
          const renderers: Renderer<string>[] = delays.map((pattern, which) => {
            let turn = 0;
            return async (page) => {
              calls.push(page);
              await pause(pattern[turn++ % pattern.length]!);
              return `${page} par ${which}`;
            };
          });
          const results: [number, string][] = [];
          await renderPages(pages, renderers, (index, result) => results.push([index, result]));
          expect([...calls].sort()).toEqual([...pages].sort());
          expect(results.map(([index]) => index).sort((a, b) => a - b)).toEqual(pages.map((_, index) => index));
          for (const [index, result] of results) expect(result.startsWith(`${pages[index]} par `)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('shares the pages: a second renderer takes pages while the first is busy', async () => {
    const byRenderer: string[][] = [[], []];
    const renderers = byRenderer.map((taken) => async (page: string) => {
      taken.push(page);
      await pause(2);
      return page;
    });
    await renderPages(['a', 'b', 'c', 'd', 'e', 'f'], renderers, () => undefined);
    expect(byRenderer[0]!.length).toBeGreaterThan(0);
    expect(byRenderer[1]!.length).toBeGreaterThan(0);
  });

  it('stops taking pages after the first failure and rejects with it', async () => {
    const taken: string[] = [];
    const failing: Renderer<string> = async (page) => {
      taken.push(page);
      await pause(1);
      if (page === 'b') throw new Error('prerender: b failed');
      return page;
    };
    await expect(renderPages(['a', 'b', 'c', 'd', 'e'], [failing], () => undefined)).rejects.toThrow(
      'prerender: b failed',
    );
    expect(taken).toEqual(['a', 'b']);
  });

  it('rejects when handling a result fails', async () => {
    await expect(
      renderPages(['a', 'b'], [(page: string) => Promise.resolve(page)], (index) => {
        if (index === 1) throw new Error('disque plein');
      }),
    ).rejects.toThrow('disque plein');
  });

  it('needs at least one renderer', async () => {
    await expect(renderPages(['a'], [], () => undefined)).rejects.toThrow('no renderer');
  });
});

describe('workerCount', () => {
  it('keeps one core for the build, starts no worker for a few pages, and never more than four', () => {
    expect(workerCount(300, 1)).toBe(0);
    expect(workerCount(10, 8)).toBe(0);
    expect(workerCount(47, 2)).toBe(1);
    expect(workerCount(47, 8)).toBe(2);
    expect(workerCount(318, 2)).toBe(1);
    expect(workerCount(318, 32)).toBe(4);
  });
});

describe('workerRenderer', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });
  const entry = (code: string) => {
    dir = mkdtempSync(join(tmpdir(), 'render-pool-'));
    const file = join(dir, 'entry-server.mjs');
    writeFileSync(file, code);
    return file;
  };

  it('renders pages in a worker thread with the server entry it loads', async () => {
    const worker = workerRenderer<{ page: string; html: string }>(
      entry(
        `import { isMainThread } from 'node:worker_threads';
         export async function renderPage(page) { return { page, html: isMainThread ? 'principal' : 'worker:' + page }; }`,
      ),
    );
    try {
      await expect(worker.render('/a')).resolves.toEqual({ page: '/a', html: 'worker:/a' });
      await expect(worker.render('/b')).resolves.toEqual({ page: '/b', html: 'worker:/b' });
    } finally {
      await worker.close();
    }
  });

  it("passes on a page's failure with its message", async () => {
    const worker = workerRenderer(
      entry(`export async function renderPage(page) { throw new Error('prerender: ' + page + ' failed: boum'); }`),
    );
    try {
      await expect(worker.render('/a')).rejects.toThrow('prerender: /a failed: boum');
    } finally {
      await worker.close();
    }
  });

  it('says so when the worker cannot load the server build', async () => {
    const worker = workerRenderer(entry(`throw new Error('module cassé');`));
    try {
      await expect(worker.render('/a')).rejects.toThrow(/a worker could not load the server build: .*module cassé/);
    } finally {
      await worker.close();
    }
  });
});
