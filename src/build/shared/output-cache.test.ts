// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildWithOutputCache,
  isSafeRelativePath,
  outputCachePlan,
  packOutput,
  readOutputTree,
  unpackOutput,
  type OutputFile,
} from './output-cache';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project with the files a build reads, and its own cache folder. */
function project(): { root: string; env: NodeJS.ProcessEnv } {
  const root = mkdtempSync(join(tmpdir(), 'cours-docker-output-'));
  folders.push(root);
  const files: Record<string, string> = {
    'src/main.tsx': 'export {};',
    'content/demo/a.mdx': '# A',
    'public/icon.svg': '<svg/>',
    'package.json': '{}',
    'package-lock.json': '{}',
    'vite.config.ts': 'export default {};',
    'tsconfig.json': '{}',
    'index.html': '<!doctype html>',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, env: { COURS_DOCKER_BUILD_CACHE_DIR: join(root, '.cache'), BASE_PATH: '/' } };
}

/** A stand-in for `vite build`: writes the lesson's text into dist/, counts its runs. */
function fakeBuild(root: string, options: { status?: number; during?: () => void } = {}) {
  const runs: (readonly string[])[] = [];
  return {
    runs,
    viteBuild: (args: readonly string[]) => {
      runs.push(args);
      const outIndex = args.indexOf('--outDir');
      const outDir = join(root, outIndex >= 0 ? args[outIndex + 1]! : 'dist');
      rmSync(outDir, { recursive: true, force: true });
      mkdirSync(join(outDir, 'demo', 'a'), { recursive: true });
      writeFileSync(join(outDir, 'index.html'), '<p>Accueil</p>');
      options.during?.();
      writeFileSync(join(outDir, 'demo', 'a', 'index.html'), readFileSync(join(root, 'content/demo/a.mdx')));
      return options.status ?? 0;
    },
  };
}

function run(root: string, env: NodeJS.ProcessEnv, build: ReturnType<typeof fakeBuild>, args: string[] = []) {
  const logs: string[] = [];
  const status = buildWithOutputCache({ root, args, env, viteBuild: build.viteBuild, log: (m) => logs.push(m) });
  return { status, logs };
}

const safeSegment = fc.stringMatching(/^[a-z0-9_-][a-z0-9_.-]{0,8}$/).filter((part) => part !== '.' && part !== '..');
const outputFiles = fc.uniqueArray(
  fc.record({
    path: fc.array(safeSegment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/')),
    bytes: fc.uint8Array({ maxLength: 64 }),
  }),
  { selector: (file) => file.path, maxLength: 8 },
);

describe('a pack of the output', () => {
  it('gives back the key and every file, byte for byte', () => {
    fc.assert(
      fc.property(fc.string(), outputFiles, (key, files) => {
        const unpacked = unpackOutput(packOutput(key, files));
        expect(unpacked?.key).toBe(key);
        expect(unpacked?.files.map((file: OutputFile) => [file.path, Buffer.from(file.bytes)])).toEqual(
          files.map((file) => [file.path, Buffer.from(file.bytes)]),
        );
      }),
    );
  });

  it('is refused whole when cut short or lengthened, never read in part', () => {
    fc.assert(
      fc.property(fc.string(), outputFiles, fc.nat(), (key, files, cut) => {
        const pack = packOutput(key, files);
        expect(unpackOutput(pack.subarray(0, cut % pack.byteLength))).toBeUndefined();
        expect(unpackOutput(Buffer.concat([pack, Buffer.from('x')]))).toBeUndefined();
      }),
    );
  });

  it('is refused when it names a path outside the output folder, twice the same path, or is not a pack', () => {
    for (const path of ['../sortie.html', '/etc/passwd', 'a/../../b', 'a//b', './a', 'a\\..\\b', '']) {
      expect(isSafeRelativePath(path)).toBe(false);
      expect(unpackOutput(packOutput('k', [{ path, bytes: new Uint8Array([1]) }]))).toBeUndefined();
    }
    const twice = [
      { path: 'index.html', bytes: new Uint8Array([1]) },
      { path: 'index.html', bytes: new Uint8Array([2]) },
    ];
    expect(unpackOutput(packOutput('k', twice))).toBeUndefined();
    expect(unpackOutput(Buffer.from('{"cached": true}'))).toBeUndefined();
    expect(unpackOutput(Buffer.alloc(0))).toBeUndefined();
    expect(isSafeRelativePath('assets/app-1.js')).toBe(true);
  });
});

describe('which builds the output cache serves', () => {
  it('one pack per output folder and settings; the log level does not count', () => {
    const { root, env } = project();
    const plain = outputCachePlan(root, [], env)!;
    expect(plain.outDir).toBe(join(root, 'dist'));
    expect(outputCachePlan(root, ['--outDir', 'dist', '--logLevel', 'warn'], env)?.packFile).toBe(plain.packFile);
    expect(outputCachePlan(root, ['--outDir=dist'], env)?.packFile).toBe(plain.packFile);
    expect(outputCachePlan(root, ['--outDir', 'autre'], env)?.packFile).not.toBe(plain.packFile);
    expect(outputCachePlan(root, [], { ...env, BASE_PATH: '/cours/' })?.packFile).not.toBe(plain.packFile);
    expect(outputCachePlan(root, [], { ...env, VITE_TITRE: 'x' })?.packFile).not.toBe(plain.packFile);
    expect(outputCachePlan(root, [], { ...env, HOME: '/ailleurs' })?.packFile).toBe(plain.packFile);
  });

  it('stands aside for an argument it does not know, an output outside the project, or a cache turned off', () => {
    const { root, env } = project();
    for (const args of [
      ['--mode', 'lms'],
      ['--minify', 'false'],
      ['--outDir'],
      ['--outDir', '--logLevel', 'warn'],
      ['--outDir', 'a', '--outDir', 'b'],
      ['--outDir', '../ailleurs'],
      ['--outDir', '/tmp/ailleurs'],
      ['--outDir', '.'],
      ['--emptyOutDir'],
    ]) {
      expect(outputCachePlan(root, args, env), args.join(' ')).toBeUndefined();
    }
    expect(outputCachePlan(root, [], { ...env, COURS_DOCKER_BUILD_CACHE: '0' })).toBeUndefined();
  });
});

describe('npm run build with the output cache', () => {
  it('puts the last output back when nothing changed, and builds again after any change', () => {
    const { root, env } = project();
    const build = fakeBuild(root);
    expect(run(root, env, build)).toEqual({ status: 0, logs: [] });
    expect(build.runs).toHaveLength(1);
    const built = readOutputTree(join(root, 'dist'));

    // Removed or altered by hand: the build's own output comes back.
    rmSync(join(root, 'dist', 'index.html'));
    writeFileSync(join(root, 'dist', 'extra.txt'), 'à la main');
    const again = run(root, env, build);
    expect(again.status).toBe(0);
    expect(again.logs).toEqual(['build: nothing changed since the last build; dist/ restored from the build cache']);
    expect(build.runs).toHaveLength(1);
    expect(readOutputTree(join(root, 'dist'))).toEqual(built);
    // Nothing left beside it.
    expect(readdirSync(root).filter((name) => name.startsWith('.dist'))).toEqual([]);

    for (const [file, text] of [
      ['content/demo/a.mdx', '# B'],
      ['src/main.tsx', 'export const a = 1;'],
      ['public/icon.svg', '<svg></svg>'],
      ['.env', 'VITE_TITRE=Cours'],
      ['package-lock.json', '{"v":2}'],
    ] as const) {
      writeFileSync(join(root, file), text);
      const runs = build.runs.length;
      expect(run(root, env, build).logs).toEqual([]);
      expect(build.runs).toHaveLength(runs + 1);
      expect(run(root, env, build).logs).toHaveLength(1);
      expect(build.runs).toHaveLength(runs + 1);
    }
    expect(readFileSync(join(root, 'dist', 'demo', 'a', 'index.html'), 'utf8')).toBe('# B');

    // Another base path is another site: built, and each keeps its own output.
    const runs = build.runs.length;
    expect(run(root, { ...env, BASE_PATH: '/cours/' }, build).logs).toEqual([]);
    expect(build.runs).toHaveLength(runs + 1);
  });

  it('keeps nothing from a failed build, nor from one whose inputs changed while it ran', () => {
    const { root, env } = project();
    const failed = fakeBuild(root, { status: 2 });
    expect(run(root, env, failed).status).toBe(2);
    expect(run(root, env, failed).status).toBe(2);
    expect(failed.runs).toHaveLength(2);

    // The lesson is edited after the build has started: its output holds the edit, its key does not.
    const edited = fakeBuild(root, { during: () => writeFileSync(join(root, 'content/demo/a.mdx'), '# Édition') });
    run(root, env, edited);
    expect(readFileSync(join(root, 'dist', 'demo', 'a', 'index.html'), 'utf8')).toBe('# Édition');
    // Back to the text the build started from: that output must not be served for it.
    writeFileSync(join(root, 'content/demo/a.mdx'), '# A');
    const build = fakeBuild(root);
    expect(run(root, env, build).logs).toEqual([]);
    expect(build.runs).toHaveLength(1);
    expect(readFileSync(join(root, 'dist', 'demo', 'a', 'index.html'), 'utf8')).toBe('# A');
  });

  it('builds when the pack is damaged, and builds as before when the cache stands aside', () => {
    const { root, env } = project();
    const build = fakeBuild(root);
    run(root, env, build);
    const packs = join(env.COURS_DOCKER_BUILD_CACHE_DIR!, 'site-output');
    const [pack] = readdirSync(packs);
    const bytes = readFileSync(join(packs, pack!));
    writeFileSync(join(packs, pack!), bytes.subarray(0, bytes.byteLength - 3));
    expect(run(root, env, build).logs).toEqual([]);
    expect(build.runs).toHaveLength(2);
    // The build stored its output again.
    expect(run(root, env, build).logs).toHaveLength(1);

    // A pack of the right key that cannot be written out (a file where a folder should be): the
    // output folder stays as it was until the build writes it again.
    const plan = outputCachePlan(root, [], env)!;
    const unwritable = [
      { path: 'a', bytes: new Uint8Array([1]) },
      { path: 'a/b', bytes: new Uint8Array([2]) },
    ];
    writeFileSync(plan.packFile, packOutput(plan.currentKey(), unwritable));
    const before = readOutputTree(join(root, 'dist'));
    // A build that fails without touching anything: what is left is what the restore left.
    const untouched = { runs: [] as (readonly string[])[], viteBuild: () => 1 };
    expect(run(root, env, untouched)).toEqual({ status: 1, logs: [] });
    expect(readOutputTree(join(root, 'dist'))).toEqual(before);
    expect(readdirSync(root).filter((name) => name.startsWith('.dist'))).toEqual([]);

    const off = { ...env, COURS_DOCKER_BUILD_CACHE: '0' };
    run(root, off, build);
    run(root, off, build);
    expect(build.runs).toHaveLength(4);
    const other = run(root, env, build, ['--mode', 'development']);
    expect(other.logs).toEqual([]);
    expect(build.runs.at(-1)).toEqual(['--mode', 'development']);
    expect(existsSync(join(root, 'dist', 'index.html'))).toBe(true);
  });
});
