/**
 * `npm run build`, after the content checks: `vite build` with the arguments given, unless
 * nothing the build reads has changed since the last one, in which case the output it kept is put
 * back in place (src/build/shared/output-cache.ts). `COURS_DOCKER_BUILD_CACHE=0` always builds.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWithOutputCache } from '../src/build/shared/output-cache';

const root = fileURLToPath(new URL('..', import.meta.url));
const vite = join(root, 'scripts', 'vite.mjs');

process.exitCode = buildWithOutputCache({
  root,
  args: process.argv.slice(2),
  viteBuild(args) {
    const result = spawnSync(process.execPath, [vite, 'build', ...args], { cwd: root, stdio: 'inherit' });
    return result.status ?? 1;
  },
  log: (message) => console.log(message),
});
