// @vitest-environment node
/**
 * The build cache (src/build/shared/build-cache.ts) never changes what a build writes: a first
 * build with an empty cache renders every page, in worker threads too (prerender/render-pool.ts),
 * and an unchanged rebuild copies them back from the cache; both give the same files, byte for
 * byte, the `_headers` file and its CSP hashes included.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const projectRoot = resolve(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'cours-docker-rebuild-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

// The build as run outside the tests: the cache is off under Vitest (build-cache.ts, `cacheEnabled`).
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));

function build(outDir: string) {
  const run = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...env, BASE_PATH: '/cours/', COURS_DOCKER_BUILD_CACHE_DIR: join(work, 'cache') },
  });
  expect(run.stderr).not.toMatch(/error/i);
  expect(run.status).toBe(0);
  return run.stdout;
}

function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return found;
}

test('an unchanged rebuild from the cache writes what the first build rendered', { timeout: 300_000 }, () => {
  const first = build(join(work, 'first'));
  expect(first).toMatch(/prerender: \d+ pages in \d+ ms\n/);
  const second = build(join(work, 'second'));
  expect(second).toMatch(/prerender: \d+ pages in \d+ ms \(from the build cache\)/);

  const rendered = files(join(work, 'first'));
  const restored = files(join(work, 'second'));
  expect([...restored.keys()].sort()).toEqual([...rendered.keys()].sort());
  const differing = [...rendered].filter(([path, bytes]) => !bytes.equals(restored.get(path)!)).map(([path]) => path);
  expect(differing).toEqual([]);
  // The pages' inline head script and styles are allowed by hash, under the base path.
  const headers = rendered.get('_headers')!.toString('utf8');
  expect(headers).toMatch(/^\/cours\/\*/m);
  expect(headers).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(headers).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(headers).not.toMatch(/unsafe-inline/);
  // No file a static host might hide: none of the build's names starts with `_` but the host's own `_headers`.
  const hidden = [...rendered.keys()].filter((path) => path.split(/[\\/]/).some((part) => part.startsWith('_')));
  expect(hidden).toEqual(['_headers']);
});
