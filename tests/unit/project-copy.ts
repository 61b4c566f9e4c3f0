/**
 * A throwaway copy of the project (what a build reads, with node_modules linked, not
 * copied), for the tests that change the content and run a real `vite build` on it.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(__dirname, '../..');

const buildInputs = ['content', 'src', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package.json'];

/** Copies the project into a new temporary folder and returns its path. */
export function copyProject(prefix: string): string {
  const copy = mkdtempSync(join(tmpdir(), `cours-docker-${prefix}-`));
  for (const entry of buildInputs) cpSync(join(projectRoot, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}

export function removeCopy(copy: string): void {
  if (copy !== '') rmSync(copy, { recursive: true, force: true });
}

/** `vite build` of the copy into its dist/, under the given base path (`''`: the root). */
export function buildCopy(copy: string, basePath = ''): SpawnSyncReturns<string> {
  return spawnSync(
    process.execPath,
    [join(projectRoot, 'scripts', 'vite.mjs'), 'build', '--outDir', 'dist', '--logLevel', 'error'],
    {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, BASE_PATH: basePath },
    },
  );
}
