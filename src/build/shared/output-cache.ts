/**
 * The last build's output, kept whole: `npm run build` (scripts/build.ts) puts the site it has
 * just built back in place, without starting Vite, when nothing a build reads has changed since.
 * The per-lesson caches (build-cache.ts) still leave an unchanged rebuild with Vite's start-up and
 * a whole client bundle to do; this one leaves it a hash of the inputs and a copy.
 *
 * Its key holds every input: the project's files (`projectInputsFingerprint`: `src/`, `content/`,
 * `public/`, the root's config and the lock), the installed packages' own lock, Node's version,
 * the environment variables the build reads and the arguments given to the build. Only arguments
 * it knows (`--outDir`, `--logLevel`) are allowed: with any other, `npm run build` builds as it
 * always did and keeps nothing (`outputCachePlan` returns undefined).
 *
 * The output is kept as one file (a pack): a sweep of the cache removes it whole or not at all,
 * and a write is a rename, so no build can find half an output. A pack that cannot be read, that
 * is cut short or names a path outside the output folder is a miss: the site is built.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { buildCacheDir, cacheEnabled, hashText, projectInputsFingerprint } from './build-cache';

export interface OutputFile {
  /** Relative to the output folder, with `/` between folders. */
  path: string;
  bytes: Uint8Array;
}

const MAGIC = 'cours-docker-output/1\n';

/** A relative path that stays inside the folder it is relative to (no `..`, not absolute, not empty). */
export function isSafeRelativePath(path: string): boolean {
  if (path === '' || path.includes('\0') || path.includes('\\') || path.startsWith('/')) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/** The key and the files, as one buffer: a header (the key, each path and size) then the bytes. */
export function packOutput(key: string, files: readonly OutputFile[]): Buffer {
  const header = Buffer.from(
    JSON.stringify({ key, files: files.map((file) => ({ path: file.path, size: file.bytes.byteLength })) }),
  );
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.byteLength);
  return Buffer.concat([Buffer.from(MAGIC), length, header, ...files.map((file) => file.bytes)]);
}

/** What `packOutput` packed, or undefined for anything it did not write whole. */
export function unpackOutput(pack: Buffer): { key: string; files: OutputFile[] } | undefined {
  const magic = Buffer.from(MAGIC);
  if (pack.byteLength < magic.byteLength + 4 || !pack.subarray(0, magic.byteLength).equals(magic)) return undefined;
  const headerLength = pack.readUInt32BE(magic.byteLength);
  const headerStart = magic.byteLength + 4;
  if (headerStart + headerLength > pack.byteLength) return undefined;
  let header: unknown;
  try {
    header = JSON.parse(pack.subarray(headerStart, headerStart + headerLength).toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof header !== 'object' || header === null) return undefined;
  const { key, files: list } = header as { key?: unknown; files?: unknown };
  if (typeof key !== 'string' || !Array.isArray(list)) return undefined;
  const files: OutputFile[] = [];
  const seen = new Set<string>();
  let offset = headerStart + headerLength;
  for (const entry of list as unknown[]) {
    if (typeof entry !== 'object' || entry === null) return undefined;
    const { path, size } = entry as { path?: unknown; size?: unknown };
    if (typeof path !== 'string' || !isSafeRelativePath(path) || seen.has(path)) return undefined;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) return undefined;
    if (offset + size > pack.byteLength) return undefined;
    seen.add(path);
    files.push({ path, bytes: pack.subarray(offset, offset + size) });
    offset += size;
  }
  return offset === pack.byteLength ? { key, files } : undefined;
}

/** Every file under `dir`, sorted by path. */
export function readOutputTree(dir: string): OutputFile[] {
  const files: OutputFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile())
        files.push({ path: relative(dir, path).split(sep).join('/'), bytes: readFileSync(path) });
    }
  };
  walk(dir);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The arguments the cache knows, with a value each; anything else and it stands aside. The output
 * folder is part of the key; the log level changes nothing that is built.
 */
const KNOWN_OPTIONS = new Set(['--outDir', '--logLevel']);
/** The environment a build reads (vite.config.ts, build-cache.ts, and Vite: `VITE_` variables go into the code). */
const READ_ENVIRONMENT = /^(BASE_PATH|BUILD_TIMINGS|NODE_ENV|COURS_DOCKER_\w+|VITE_\w+)$/;

export interface OutputCachePlan {
  /** The pack's file: one per output folder and set of options, replaced by each build. */
  packFile: string;
  outDir: string;
  /** Computes the key of the inputs as they are now. */
  currentKey(): string;
}

/**
 * Where this build's output is kept and how its key is made, or undefined when the cache stands
 * aside: turned off (`COURS_DOCKER_BUILD_CACHE=0`) or an argument it does not know.
 */
export function outputCachePlan(
  root: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): OutputCachePlan | undefined {
  if (!cacheEnabled(env)) return undefined;
  const options = new Map<string, string>();
  let index = 0;
  while (index < args.length) {
    // `--name value` or `--name=value`, each name once.
    const [name = '', inline] = (args[index] ?? '').split(/=(.*)/s, 2);
    const value = inline ?? args[index + 1];
    if (!KNOWN_OPTIONS.has(name) || options.has(name) || value === undefined || value.startsWith('--'))
      return undefined;
    options.set(name, value);
    index += inline === undefined ? 2 : 1;
  }
  const outDir = resolve(root, options.get('--outDir') ?? 'dist');
  // Vite empties and fills a folder inside the project; the cache restores nothing elsewhere.
  const inside = relative(root, outDir);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  const settings = JSON.stringify({
    outDir: inside.split(sep).join('/'),
    env: Object.entries(env)
      .filter(([name]) => READ_ENVIRONMENT.test(name))
      .sort(([a], [b]) => (a < b ? -1 : 1)),
    node: process.version,
  });
  return {
    packFile: join(buildCacheDir(root, env), 'site-output', `${hashText(settings).slice(0, 32)}.pack`),
    outDir,
    currentKey() {
      const installed = join(root, 'node_modules', '.package-lock.json');
      const installedHash = existsSync(installed)
        ? createHash('sha256').update(readFileSync(installed)).digest('hex')
        : '(absent)';
      return hashText(settings, installedHash, projectInputsFingerprint(root));
    },
  };
}

/**
 * Writes the files into a new folder beside `outDir`, then puts it in `outDir`'s place; on any
 * failure, `outDir` is left as it was.
 */
function replaceFolder(outDir: string, files: readonly OutputFile[]) {
  const stamp = `${process.pid}-${Date.now()}`;
  const fresh = join(dirname(outDir), `.${basename(outDir)}-restored-${stamp}`);
  const previous = join(dirname(outDir), `.${basename(outDir)}-previous-${stamp}`);
  try {
    mkdirSync(fresh, { recursive: true });
    for (const file of files) {
      const path = join(fresh, ...file.path.split('/'));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.bytes);
    }
    const hadOutput = existsSync(outDir);
    if (hadOutput) renameSync(outDir, previous);
    try {
      renameSync(fresh, outDir);
    } catch (failure) {
      if (hadOutput) renameSync(previous, outDir);
      throw failure;
    }
  } finally {
    rmSync(fresh, { recursive: true, force: true });
    rmSync(previous, { recursive: true, force: true });
  }
}

/**
 * Puts the kept output in `plan.outDir` when its key is `key`; false, with the folder untouched,
 * when there is none, another key, or a pack it cannot read whole.
 */
export function restoreOutput(plan: OutputCachePlan, key: string): boolean {
  let pack: Buffer;
  try {
    pack = readFileSync(plan.packFile);
  } catch {
    return false;
  }
  const unpacked = unpackOutput(pack);
  if (!unpacked || unpacked.key !== key) return false;
  try {
    replaceFolder(plan.outDir, unpacked.files);
  } catch {
    // A full disk, say: the build that follows writes the folder again.
    return false;
  }
  try {
    const now = new Date();
    utimesSync(plan.packFile, now, now);
  } catch {
    // A read-only cache still serves its pack.
  }
  return true;
}

/** Keeps the output folder as it is now under `key`; a cache that cannot be written only costs the next build. */
export function storeOutput(plan: OutputCachePlan, key: string): boolean {
  const temporary = `${plan.packFile}.${process.pid}.tmp`;
  try {
    const pack = packOutput(key, readOutputTree(plan.outDir));
    mkdirSync(dirname(plan.packFile), { recursive: true });
    writeFileSync(temporary, pack);
    renameSync(temporary, plan.packFile);
    return true;
  } catch {
    rmSync(temporary, { force: true });
    return false;
  }
}

export interface BuildRun {
  root: string;
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
  /** Runs `vite build` with these arguments; its exit status. */
  viteBuild(args: readonly string[]): number;
  log(message: string): void;
}

/**
 * `npm run build` after the content checks: the kept output when nothing changed, otherwise
 * `vite build`, whose output is then kept (unless an input changed while it ran: its output may
 * mix both states). Returns the exit status.
 */
export function buildWithOutputCache(run: BuildRun): number {
  const plan = outputCachePlan(run.root, run.args, run.env);
  const key = plan?.currentKey();
  if (plan && key && restoreOutput(plan, key)) {
    run.log(
      `build: nothing changed since the last build; ${normalize(relative(run.root, plan.outDir))}/ restored from the build cache`,
    );
    return 0;
  }
  const status = run.viteBuild(run.args);
  if (status !== 0 || !plan || !key) return status;
  if (plan.currentKey() === key) storeOutput(plan, key);
  return 0;
}
