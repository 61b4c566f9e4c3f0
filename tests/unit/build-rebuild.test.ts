// @vitest-environment node
/**
 * The build cache (src/build/shared/build-cache.ts) never changes what a build writes: a first
 * build with an empty cache renders every page, in worker threads too (prerender/render-pool.ts),
 * and an unchanged rebuild copies them back from the cache; both give the same files, byte for
 * byte, the `_headers` file and its CSP hashes included. After a lesson is edited, the rebuild
 * renders that lesson's page only (prerender/server-code.ts) and writes what a build without any
 * cache writes. `npm run build` then puts its last output back without starting Vite when nothing
 * changed (src/build/shared/output-cache.ts), the same files.
 *
 * The builds run in a copy of the project (its `node_modules` linked), so the edit stays there.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const projectRoot = resolve(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'cours-docker-rebuild-'));
const project = join(work, 'project');
const LEFT_OUT = new Set([
  'node_modules',
  '.git',
  'dist',
  'dist-lms',
  'dist-questions',
  'test-results',
  'playwright-report',
  'coverage',
  'bench',
]);
cpSync(projectRoot, project, {
  recursive: true,
  filter: (source) => !LEFT_OUT.has(relative(projectRoot, source).split(/[\\/]/)[0] ?? ''),
});
symlinkSync(join(projectRoot, 'node_modules'), join(project, 'node_modules'), 'dir');

afterAll(() => rmSync(work, { recursive: true, force: true }));

// The build as run outside the tests: the cache is off under Vitest (build-cache.ts, `cacheEnabled`).
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));

function build(outDir: string, options: { cache: boolean } = { cache: true }) {
  const run = spawnSync(process.execPath, ['scripts/vite.mjs', 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: project,
    encoding: 'utf8',
    env: {
      ...env,
      BASE_PATH: '/cours/',
      ...(options.cache ? { COURS_DOCKER_BUILD_CACHE_DIR: join(work, 'cache') } : { COURS_DOCKER_BUILD_CACHE: '0' }),
    },
  });
  expect(run.stderr).not.toMatch(/error/i);
  expect(run.status).toBe(0);
  return run.stdout;
}

function differences(expected: Map<string, Buffer>, actual: Map<string, Buffer>) {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  return [...expected].filter(([path, bytes]) => !bytes.equals(actual.get(path)!)).map(([path]) => path);
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
  expect(differences(rendered, files(join(work, 'second')))).toEqual([]);
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

test(
  "after a lesson's text is edited, the rebuild renders its page only and writes what a build without cache writes",
  { timeout: 300_000 },
  () => {
    const pages = (build(join(work, 'before')).match(/prerender: (\d+) pages/) ?? [])[1];
    expect(Number(pages)).toBeGreaterThan(30);
    const added = 'Un paragraphe ajouté pour vérifier la reconstruction.';
    appendFileSync(join(project, 'content/conteneurisation/reseau.mdx'), `\n${added}\n`);

    const edited = build(join(work, 'edited'));
    expect(edited).toMatch(
      new RegExp(`prerender: ${pages} pages in \\d+ ms \\(1 rendered, ${Number(pages) - 1} from the build cache\\)`),
    );
    const uncached = build(join(work, 'uncached'), { cache: false });
    expect(uncached).toMatch(new RegExp(`prerender: ${pages} pages in \\d+ ms\n`));

    const rebuilt = files(join(work, 'edited'));
    expect(rebuilt.get('conteneurisation/reseau/index.html')!.toString('utf8')).toContain(added);
    expect(differences(files(join(work, 'uncached')), rebuilt)).toEqual([]);
  },
);

test(
  'npm run build puts the last output back, without starting Vite, when nothing changed',
  { timeout: 300_000 },
  () => {
    // scripts/build.ts is what `npm run build` runs after the content checks.
    const npmRunBuild = () =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--outDir', 'site'], {
        cwd: project,
        encoding: 'utf8',
        env: { ...env, BASE_PATH: '/cours/', COURS_DOCKER_BUILD_CACHE_DIR: join(work, 'cache') },
      });
    const first = npmRunBuild();
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/prerender: \d+ pages in \d+ ms/);
    const built = files(join(project, 'site'));

    const second = npmRunBuild();
    expect(second.status).toBe(0);
    expect(second.stdout).toBe('build: nothing changed since the last build; site/ restored from the build cache\n');
    expect(differences(built, files(join(project, 'site')))).toEqual([]);
  },
);
