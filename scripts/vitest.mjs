/**
 * Vitest's command line (`node scripts/vitest.mjs run`), as `npm run test:unit` runs it: Vitest
 * loads vite.config.ts as Vite does, so Vite's check of the config against its future native
 * loader is turned off here for the same reason as in scripts/vite.mjs.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const vitestDir = dirname(createRequire(import.meta.url).resolve('vitest/package.json'));
await import(pathToFileURL(join(vitestDir, 'vitest.mjs')).href);
