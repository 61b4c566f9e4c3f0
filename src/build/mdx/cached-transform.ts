/**
 * A plugin's transform of lesson files through the build cache (build-cache.ts): compiling an
 * MDX lesson (parsing, the course's remark and rehype steps, code highlighting) is the build's
 * largest cost, and the same file with the same surroundings compiles to the same module. The
 * key is the file's path inside the project, its text and `context()`: whatever else the
 * compilation reads (the glossary, the base path, the mode).
 */
import { relative } from 'node:path';
import type { BuildCache } from '../shared/build-cache';

const LESSON_FILE = /\.mdx?$/;

interface Stored {
  code: string;
  map: unknown;
}

type Transform = (this: unknown, code: string, id: string, ...rest: unknown[]) => unknown;

/** Works on any Rollup-style plugin (the MDX plugin is typed for Rollup, not Vite). */
export function withCachedTransform<P extends { transform?: unknown }>(
  plugin: P,
  options: { root: string; cache: BuildCache; context: () => string },
): P {
  const transform = plugin.transform as Transform | { handler: Transform } | undefined;
  const handler = typeof transform === 'function' ? transform : transform?.handler;
  if (!handler) return plugin;
  const cached: Transform = async function (this: unknown, code, id, ...rest) {
    const file = id.split('?')[0] ?? id;
    if (!LESSON_FILE.test(file)) return handler.call(this, code, id, ...rest);
    const key = `${relative(options.root, file)}\0${options.context()}\0${code}`;
    const stored = options.cache.read<Stored>('lesson-module', key);
    if (stored && typeof stored.code === 'string') return stored;
    const result = (await handler.call(this, code, id, ...rest)) as Partial<Stored> | null | undefined;
    if (result && typeof result === 'object' && typeof result.code === 'string') {
      options.cache.write('lesson-module', key, { code: result.code, map: result.map ?? null });
    }
    return result;
  };
  return { ...plugin, transform: cached };
}
