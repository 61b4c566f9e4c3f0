/**
 * Vite's command line (`node scripts/vite.mjs [build|preview] [options]`), as `npm start`,
 * `npm run build` and `npm run preview` run it: the same as `npx vite`, without Vite's check of
 * the config against the native config loader it plans to make the default in a future major
 * version. That check reads every module the config imports (the build's code under src/build/
 * and what it uses) each time Vite starts, about 0.3 s, to print some 260 lines asking for file
 * extensions in imports. The project loads its config the way Vite 8 does by default (bundled),
 * so the check has nothing to say about it; it is one variable away
 * (`VITE_CONFIG_NATIVE_IGNORE_WARNING=`, empty) for whoever prepares a move to that loader.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const viteDir = dirname(createRequire(import.meta.url).resolve('vite/package.json'));
await import(pathToFileURL(join(viteDir, 'bin', 'vite.js')).href);
