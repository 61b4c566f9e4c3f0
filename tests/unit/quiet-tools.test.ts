// @vitest-environment node
/**
 * The everyday commands print only what matters: `npm install` has no install script left to
 * review (npm 11 warns about each dependency install script that package.json's `allowScripts`
 * does not cover), and `npm run build` prints Rolldown's plugin timings only when asked for.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { UserConfig } from 'vite';
import { afterEach, expect, test, vi } from 'vitest';

const projectRoot = resolve(__dirname, '../..');
const readJson = (file: string) => JSON.parse(readFileSync(resolve(projectRoot, file), 'utf8')) as unknown;

interface Lockfile {
  packages: Record<string, { hasInstallScript?: boolean }>;
}

test('every dependency with an install script is reviewed in package.json’s allowScripts', () => {
  const lock = readJson('package-lock.json') as Lockfile;
  const { allowScripts = {} } = readJson('package.json') as { allowScripts?: Record<string, boolean> };
  const withScripts = Object.entries(lock.packages)
    .filter(([path, entry]) => path !== '' && entry.hasInstallScript === true)
    .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
  expect(withScripts.length).toBeGreaterThan(0);
  const unreviewed = withScripts.filter((name) => !Object.hasOwn(allowScripts, name));
  expect(unreviewed).toEqual([]);
  // Each entry names a package that is installed: none left over from a removed dependency.
  expect(Object.keys(allowScripts).sort()).toEqual([...new Set(withScripts)].sort());
});

async function buildConfig(): Promise<UserConfig> {
  vi.resetModules();
  const { default: config } = await import('../../vite.config');
  return typeof config === 'function' ? config({ command: 'build', mode: 'production' }) : config;
}

afterEach(() => vi.unstubAllEnvs());

test('a build prints no plugin timings unless BUILD_TIMINGS=1', async () => {
  vi.stubEnv('BUILD_TIMINGS', '');
  expect((await buildConfig()).build?.rolldownOptions?.checks?.bundlerTimings).toBe(false);
  vi.stubEnv('BUILD_TIMINGS', '1');
  expect((await buildConfig()).build?.rolldownOptions?.checks?.bundlerTimings).toBe(true);
});
