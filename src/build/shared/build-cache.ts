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
 *
 * It does not grow for ever: an entry a build uses is touched (its modification time is the last
 * time a build used it), and each time a build opens the cache, entries unused for
 * `CACHE_MAX_AGE_DAYS` go, then the least recently used until the whole is under
 * `CACHE_MAX_BYTES` (`planSweep`). An edit of the build's code changes every key: without this,
 * each such edit would leave a whole generation of entries behind.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';

export interface BuildCache {
  /** The value stored for `key` in `space`, or undefined. */
  read<T>(space: string, key: string): T | undefined;
  write(space: string, key: string, value: unknown): void;
  /** Keeps `text` as a file of its own (a page's HTML), not wrapped in JSON: it is copied back as it is. */
  writeText(space: string, key: string, text: string): void;
  /** Copies the text kept for `key` to `destination`; false (and nothing written) when there is none. */
  copyText(space: string, key: string, destination: string): boolean;
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
  writeText: () => undefined,
  copyText: () => false,
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

/** The hash of these files' paths (relative to `root`) and contents, in this order; a missing file counts as absent. */
function hashFiles(root: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
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

/** The hash of everything that derives cached values: any change to it empties the cache in effect. */
export function codeFingerprint(root: string): string {
  const files: string[] = [];
  listCodeFiles(join(root, 'src'), files);
  const code = files.filter(
    (file) =>
      ((file.endsWith('.ts') || file.endsWith('.mjs')) && !/\.test\.tsx?$/.test(file)) ||
      relative(root, file).startsWith(join('src', 'diagrams')),
  );
  code.push(join(root, 'vite.config.ts'), join(root, 'package-lock.json'));
  return hashFiles(root, code.sort());
}

/**
 * Files at the project's root that a build reads besides `src/`, `content/` and `public/`: the
 * configuration, the lock (which stands for node_modules), the page template, and what Vite reads
 * there of its own accord (`.env` files, a PostCSS configuration).
 */
const ROOT_INPUTS =
  /^(vite\.config\.ts|package\.json|package-lock\.json|tsconfig\.json|index\.html|\.env(\..+)?|postcss\.config\.\w+|\.postcssrc(\.\w+)?)$/;
const REQUIRED_ROOT_INPUTS = ['vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json', 'index.html'];

/**
 * The hash of everything a build of the site reads from the project: every file under `src/`,
 * `content/` and `public/` (tests included, to be safe rather than clever), and the root's files
 * a build reads (`ROOT_INPUTS`). Same hash, same site: what is keyed by it can be reused without
 * building the code that would produce it (the prerender's server bundle, the whole output).
 */
export function projectInputsFingerprint(root: string): string {
  const files: string[] = [];
  for (const dir of ['src', 'content', 'public']) listCodeFiles(join(root, dir), files);
  let rootFiles: string[];
  try {
    rootFiles = readdirSync(root).filter((name) => ROOT_INPUTS.test(name));
  } catch {
    rootFiles = [];
  }
  const rootInputs = [...new Set([...REQUIRED_ROOT_INPUTS, ...rootFiles])].sort();
  return hashFiles(root, [...files.sort(), ...rootInputs.map((name) => join(root, name))]);
}

/** An entry unused by any build for this long is removed. */
export const CACHE_MAX_AGE_DAYS = 30;
/** The most the cache keeps, in bytes: past it, the least recently used entries go. */
export const CACHE_MAX_BYTES = 512 * 1024 * 1024;
/** A temporary file this old is what an interrupted write left. */
const TEMPORARY_MAX_AGE_MS = 60 * 60 * 1000;

export interface CacheFile {
  path: string;
  size: number;
  /** When a build last used it (its modification time), in ms. */
  usedMs: number;
}

export interface SweepPolicy {
  now: number;
  maxAgeMs: number;
  maxBytes: number;
}

/**
 * Which files a sweep removes: temporary files left by an interrupted write, the entries no build
 * has used for `maxAgeMs`, then the least recently used ones until what stays is at most
 * `maxBytes`. What stays is always the most recently used.
 */
export function planSweep(files: readonly CacheFile[], policy: SweepPolicy): string[] {
  const removed: string[] = [];
  const kept: CacheFile[] = [];
  for (const file of files) {
    const age = policy.now - file.usedMs;
    const temporary = file.path.endsWith('.tmp');
    if ((temporary && age > TEMPORARY_MAX_AGE_MS) || (!temporary && age > policy.maxAgeMs)) removed.push(file.path);
    else kept.push(file);
  }
  kept.sort((a, b) => b.usedMs - a.usedMs || a.path.localeCompare(b.path));
  let total = 0;
  for (const file of kept) {
    total += file.size;
    if (total > policy.maxBytes) removed.push(file.path);
  }
  return removed;
}

/** Every file under the cache's folder, with its size and last use; none when there is no folder. */
function listCacheFiles(dir: string): CacheFile[] {
  const paths: string[] = [];
  listCodeFiles(dir, paths);
  const files: CacheFile[] = [];
  for (const path of paths) {
    try {
      const stats = statSync(path);
      files.push({ path, size: stats.size, usedMs: stats.mtimeMs });
    } catch {
      // Gone meanwhile (another build's sweep or rename).
    }
  }
  return files;
}

/** Removes what `planSweep` says; a file that cannot be removed stays. Returns how many went. */
export function sweepBuildCache(
  dir: string,
  policy: Omit<SweepPolicy, 'now'> & { now?: number } = {
    maxAgeMs: CACHE_MAX_AGE_DAYS * 86_400_000,
    maxBytes: CACHE_MAX_BYTES,
  },
): number {
  let count = 0;
  for (const path of planSweep(listCacheFiles(dir), { now: Date.now(), ...policy })) {
    try {
      rmSync(path, { force: true });
      count += 1;
    } catch {
      // Read-only or in use: it stays, and the next sweep tries again.
    }
  }
  return count;
}

/** Marks an entry as used now, so that the sweep keeps the entries builds use. */
function touch(file: string) {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // A read-only cache still serves its entries.
  }
}

export function cacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.COURS_DOCKER_BUILD_CACHE !== '0' && !env.VITEST;
}

export function createBuildCache(options: { dir: string; fingerprint: string }): BuildCache {
  const { dir, fingerprint } = options;
  const fileOf = (space: string, key: string, extension = 'json') =>
    join(dir, space, `${hashText(fingerprint, key)}.${extension}`);
  const writeAtomically = (space: string, file: string, contents: string) => {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(join(dir, space), { recursive: true });
      writeFileSync(temporary, contents);
      renameSync(temporary, file);
    } catch {
      // A cache that cannot be written (read-only or full disk) only makes the next build slower.
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Nothing was written there.
      }
    }
  };
  return {
    read<T>(space: string, key: string): T | undefined {
      const file = fileOf(space, key);
      try {
        const stored = JSON.parse(readFileSync(file, 'utf8')) as unknown;
        // An entry is `{ "cached": value }`: anything else (a foreign or damaged file) is a miss.
        if (typeof stored !== 'object' || stored === null || !('cached' in stored)) return undefined;
        touch(file);
        return stored.cached as T;
      } catch {
        return undefined;
      }
    },
    write(space: string, key: string, value: unknown) {
      writeAtomically(space, fileOf(space, key), JSON.stringify({ cached: value }));
    },
    writeText(space: string, key: string, text: string) {
      const file = fileOf(space, key, 'txt');
      // Kept under the hash of its key: a text already there is the same text.
      if (!existsSync(file)) writeAtomically(space, file, text);
      else touch(file);
    },
    copyText(space: string, key: string, destination: string) {
      const file = fileOf(space, key, 'txt');
      try {
        copyFileSync(file, destination);
        touch(file);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** The folders this process has swept: a build opens the cache from several plugins, one sweep is enough. */
const swept = new Set<string>();

/** The cache's folder: `COURS_DOCKER_BUILD_CACHE_DIR`, or `node_modules/.cache/cours-docker/`. */
export function buildCacheDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.COURS_DOCKER_BUILD_CACHE_DIR || join(root, 'node_modules', '.cache', 'cours-docker');
}

/** The project's cache, or none when turned off; swept once per process (`sweepBuildCache`). */
export function projectBuildCache(root: string, env: NodeJS.ProcessEnv = process.env): BuildCache {
  if (!cacheEnabled(env)) return noBuildCache;
  const dir = buildCacheDir(root, env);
  if (!swept.has(dir)) {
    swept.add(dir);
    sweepBuildCache(dir);
  }
  return createBuildCache({ dir, fingerprint: codeFingerprint(root) });
}
