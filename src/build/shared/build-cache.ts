/**
 * The build's persistent cache: what is slow to derive from a lesson (its analysis, its search
 * text, its compiled module, the prerendered pages) is kept on disk under
 * `node_modules/.cache/cours-docker/`, keyed by a hash of what it was derived from. A key also
 * carries a hash of the code that derives it (every non-test `.ts` file under `src/`, the
 * diagrams, `vite.config.ts` and `package-lock.json`), so a change to the build's code or to a
 * dependency starts again from nothing instead of reusing stale output.
 *
 * Reads never fail a build: a missing, unreadable or corrupt entry is a miss. Writes go to a
 * temporary file first and are renamed into place, so an interrupted build leaves no half entry.
 * `COURS_DOCKER_BUILD_CACHE=0` turns it off, `COURS_DOCKER_BUILD_CACHE_DIR` puts it elsewhere (the
 * benchmark gives each copy of the project its own); the unit tests run without it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BuildCache {
  /** The value stored for `key` in `space`, or undefined. */
  read<T>(space: string, key: string): T | undefined;
  write(space: string, key: string, value: unknown): void;
}

export function hashText(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/** A cache that keeps nothing (tests, `COURS_DOCKER_BUILD_CACHE=0`). */
export const noBuildCache: BuildCache = {
  read: () => undefined,
  write: () => undefined,
};

function listCodeFiles(dir: string, into: string[]) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listCodeFiles(path, into);
    else into.push(path);
  }
}

/** The hash of everything that derives cached values: any change to it empties the cache in effect. */
export function codeFingerprint(root: string): string {
  const files: string[] = [];
  listCodeFiles(join(root, 'src'), files);
  const code = files.filter(
    (file) =>
      (file.endsWith('.ts') && !/\.test\.tsx?$/.test(file)) || relative(root, file).startsWith(join('src', 'diagrams')),
  );
  code.push(join(root, 'vite.config.ts'), join(root, 'package-lock.json'));
  const hash = createHash('sha256');
  for (const file of code.sort()) {
    hash.update(relative(root, file)).update('\0');
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('(absent)');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

export function cacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.COURS_DOCKER_BUILD_CACHE !== '0' && !env.VITEST;
}

export function createBuildCache(options: { dir: string; fingerprint: string }): BuildCache {
  const { dir, fingerprint } = options;
  const fileOf = (space: string, key: string) => join(dir, space, `${hashText(fingerprint, key)}.json`);
  return {
    read<T>(space: string, key: string): T | undefined {
      try {
        const stored = JSON.parse(readFileSync(fileOf(space, key), 'utf8')) as unknown;
        // An entry is `{ "cached": value }`: anything else (a foreign or damaged file) is a miss.
        if (typeof stored !== 'object' || stored === null || !('cached' in stored)) return undefined;
        return stored.cached as T;
      } catch {
        return undefined;
      }
    },
    write(space: string, key: string, value: unknown) {
      const file = fileOf(space, key);
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(join(dir, space), { recursive: true });
        writeFileSync(temporary, JSON.stringify({ cached: value }));
        renameSync(temporary, file);
      } catch {
        // A cache that cannot be written (read-only or full disk) only makes the next build slower.
        try {
          rmSync(temporary, { force: true });
        } catch {
          // Nothing was written there.
        }
      }
    },
  };
}

/** The project's cache, or none when turned off. */
export function projectBuildCache(root: string, env: NodeJS.ProcessEnv = process.env): BuildCache {
  if (!cacheEnabled(env)) return noBuildCache;
  return createBuildCache({
    dir: env.COURS_DOCKER_BUILD_CACHE_DIR || join(root, 'node_modules', '.cache', 'cours-docker'),
    fingerprint: codeFingerprint(root),
  });
}
