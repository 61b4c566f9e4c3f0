// @vitest-environment node
import { mkdtempSync, readdirSync, writeFileSync, mkdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  cacheEnabled,
  codeFingerprint,
  createBuildCache,
  hashText,
  noBuildCache,
  planSweep,
  projectBuildCache,
  projectInputsFingerprint,
  sweepBuildCache,
  type CacheFile,
} from './build-cache';
import { loadContent } from '../content/content-loader';
import { buildOutputFingerprint } from '../pwa/pwa-plugin';
import { readFileSync } from 'node:fs';
import { withCachedTransform } from '../mdx/cached-transform';
import { analyseLesson, analyseLessonCached } from '../content/lesson-analysis';

const folders: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the build cache', () => {
  it('gives back what was written for the same key, and nothing for another key or space', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.jsonValue(), (key, other, value) => {
        fc.pre(key !== other);
        const cache = createBuildCache({ dir: folder(), fingerprint: 'code-1' });
        cache.write('space', key, value);
        expect(cache.read('space', key)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(cache.read('space', other)).toBeUndefined();
        expect(cache.read('another-space', key)).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  });

  it('does not reuse an entry written by other code (another fingerprint)', () => {
    const dir = folder();
    createBuildCache({ dir, fingerprint: 'code-1' }).write('space', 'key', 'old output');
    expect(createBuildCache({ dir, fingerprint: 'code-2' }).read('space', 'key')).toBeUndefined();
    expect(createBuildCache({ dir, fingerprint: 'code-1' }).read('space', 'key')).toBe('old output');
  });

  it('takes a damaged or foreign entry for a miss, and writes over it', () => {
    const dir = folder();
    const cache = createBuildCache({ dir, fingerprint: 'f' });
    cache.write('space', 'key', { a: 1 });
    const [file] = readdirSync(join(dir, 'space'));
    for (const damaged of ['{"cached": {"a"', '[1, 2]', '"text"', '{"other": 1}', '']) {
      writeFileSync(join(dir, 'space', file!), damaged);
      expect(cache.read('space', 'key')).toBeUndefined();
    }
    cache.write('space', 'key', { a: 2 });
    expect(cache.read('space', 'key')).toEqual({ a: 2 });
  });

  it('never fails a build when it cannot write', () => {
    const dir = folder();
    // A file where the space's folder should be: every write fails.
    writeFileSync(join(dir, 'space'), 'not a folder');
    const cache = createBuildCache({ dir, fingerprint: 'f' });
    expect(() => cache.write('space', 'key', 1)).not.toThrow();
    expect(cache.read('space', 'key')).toBeUndefined();
    expect(readdirSync(dir)).toEqual(['space']);
  });

  it('is off under the unit tests and when COURS_DOCKER_BUILD_CACHE=0, on otherwise', () => {
    expect(cacheEnabled({})).toBe(true);
    expect(cacheEnabled({ COURS_DOCKER_BUILD_CACHE: '0' })).toBe(false);
    expect(cacheEnabled({ VITEST: 'true' })).toBe(false);
    expect(projectBuildCache(folder(), { COURS_DOCKER_BUILD_CACHE: '0' })).toBe(noBuildCache);
  });

  it('lives where COURS_DOCKER_BUILD_CACHE_DIR says', () => {
    const root = folder();
    const dir = join(folder(), 'ailleurs');
    projectBuildCache(root, { COURS_DOCKER_BUILD_CACHE_DIR: dir }).write('space', 'key', 1);
    expect(readdirSync(dir)).toEqual(['space']);
  });

  it('changes its fingerprint when the build code, a diagram or the lock changes, not for a test file', () => {
    const root = folder();
    mkdirSync(join(root, 'src', 'build'), { recursive: true });
    mkdirSync(join(root, 'src', 'diagrams'), { recursive: true });
    writeFileSync(join(root, 'src', 'build', 'a.ts'), 'export const a = 1;');
    writeFileSync(join(root, 'src', 'diagrams', 'd.svg'), '<svg/>');
    writeFileSync(join(root, 'package-lock.json'), '{}');
    const first = codeFingerprint(root);
    writeFileSync(join(root, 'src', 'build', 'a.test.ts'), 'test');
    expect(codeFingerprint(root)).toBe(first);
    writeFileSync(join(root, 'src', 'build', 'a.ts'), 'export const a = 2;');
    const second = codeFingerprint(root);
    expect(second).not.toBe(first);
    writeFileSync(join(root, 'src', 'diagrams', 'd.svg'), '<svg></svg>');
    const third = codeFingerprint(root);
    expect(third).not.toBe(second);
    writeFileSync(join(root, 'package-lock.json'), '{"v":2}');
    expect(codeFingerprint(root)).not.toBe(third);
  });
});

describe('texts kept as files of their own', () => {
  it('copies back the text kept under a key, and reports a miss for another key or space', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (key, other, text) => {
        fc.pre(key !== other);
        const dir = folder();
        const cache = createBuildCache({ dir, fingerprint: 'f' });
        cache.writeText('pages', key, text);
        const destination = join(dir, 'copie.html');
        expect(cache.copyText('pages', key, destination)).toBe(true);
        expect(readFileSync(destination, 'utf8')).toBe(text);
        rmSync(destination);
        expect(cache.copyText('pages', other, destination)).toBe(false);
        expect(cache.copyText('autre', key, destination)).toBe(false);
        expect(readdirSync(dir)).not.toContain('copie.html');
      }),
      { numRuns: 30 },
    );
  });

  it('keeps nothing and copies nothing when the cache is off or cannot be written', () => {
    const dir = folder();
    noBuildCache.writeText('pages', 'key', 'texte');
    expect(noBuildCache.copyText('pages', 'key', join(dir, 'copie'))).toBe(false);
    writeFileSync(join(dir, 'pages'), 'not a folder');
    const cache = createBuildCache({ dir, fingerprint: 'f' });
    expect(() => cache.writeText('pages', 'key', 'texte')).not.toThrow();
    expect(cache.copyText('pages', 'key', join(dir, 'copie'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['pages']);
  });
});

describe('the sweep that keeps the cache from growing for ever', () => {
  const DAY = 86_400_000;
  const now = 100 * DAY;
  const fileArb = fc.record({
    size: fc.integer({ min: 1, max: 1000 }),
    ageMs: fc.nat({ max: 60 * DAY }),
    temporary: fc.boolean(),
  });

  it('keeps the most recently used entries, none unused for too long, and no more than the size allowed', () => {
    fc.assert(
      fc.property(
        fc.array(fileArb, { maxLength: 40 }),
        fc.nat({ max: 5000 }),
        fc.integer({ min: 1, max: 60 }),
        (specs, maxBytes, maxAgeDays) => {
          const files: CacheFile[] = specs.map((spec, index) => ({
            path: `space/${index}.json${spec.temporary ? '.42.tmp' : ''}`,
            size: spec.size,
            usedMs: now - spec.ageMs,
          }));
          const policy = { now, maxAgeMs: maxAgeDays * DAY, maxBytes };
          const removed = new Set(planSweep(files, policy));
          const kept = files.filter((file) => !removed.has(file.path));
          expect(removed.size + kept.length).toBe(files.length);
          // Nothing kept is stale, and what is kept fits.
          for (const file of kept) {
            expect(now - file.usedMs).toBeLessThanOrEqual(file.path.endsWith('.tmp') ? 3_600_000 : policy.maxAgeMs);
          }
          expect(kept.reduce((sum, file) => sum + file.size, 0)).toBeLessThanOrEqual(maxBytes);
          // Among the entries still fresh, those removed for room were used before every one kept.
          const fresh = (file: CacheFile) =>
            now - file.usedMs <= (file.path.endsWith('.tmp') ? 3_600_000 : policy.maxAgeMs);
          const removedForRoom = files.filter((file) => removed.has(file.path) && fresh(file));
          for (const gone of removedForRoom) {
            for (const stays of kept) expect(stays.usedMs).toBeGreaterThanOrEqual(gone.usedMs);
          }
          // And nothing goes for room when the fresh entries fit.
          const freshBytes = files.filter(fresh).reduce((sum, file) => sum + file.size, 0);
          if (freshBytes <= maxBytes) expect(removedForRoom).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('removes on disk the entries unused for a month, and an entry a build reads counts as used', () => {
    const dir = folder();
    const cache = createBuildCache({ dir, fingerprint: 'f' });
    cache.write('analyses', 'used', { a: 1 });
    cache.write('analyses', 'unused', { b: 2 });
    cache.writeText('pages', 'page', '<p>page</p>');
    const longAgo = new Date(Date.now() - 40 * 86_400_000);
    for (const space of ['analyses', 'pages']) {
      for (const name of readdirSync(join(dir, space))) utimesSync(join(dir, space, name), longAgo, longAgo);
    }
    // A later build reads one entry and copies the page: they are used again.
    expect(cache.read('analyses', 'used')).toEqual({ a: 1 });
    expect(cache.copyText('pages', 'page', join(folder(), 'page.html'))).toBe(true);
    expect(sweepBuildCache(dir)).toBe(1);
    expect(cache.read('analyses', 'used')).toEqual({ a: 1 });
    expect(cache.read('analyses', 'unused')).toBeUndefined();
    expect(cache.copyText('pages', 'page', join(folder(), 'page.html'))).toBe(true);
  });

  it('over its size, removes the least recently used first; without a folder, does nothing', () => {
    const dir = folder();
    const cache = createBuildCache({ dir, fingerprint: 'f' });
    const names = ['oldest', 'older', 'recent'];
    for (const [index, name] of names.entries()) {
      cache.write('space', name, 'x'.repeat(100));
      const file = join(dir, 'space', `${hashText('f', name)}.json`);
      const lastUse = new Date(Date.now() - (names.length - index) * 86_400_000);
      utimesSync(file, lastUse, lastUse);
    }
    const size = statSync(join(dir, 'space', `${hashText('f', 'recent')}.json`)).size;
    expect(sweepBuildCache(dir, { maxAgeMs: 30 * 86_400_000, maxBytes: 2 * size })).toBe(1);
    expect(cache.read('space', 'oldest')).toBeUndefined();
    expect(cache.read('space', 'older')).toBe('x'.repeat(100));
    expect(cache.read('space', 'recent')).toBe('x'.repeat(100));
    expect(sweepBuildCache(join(dir, 'absent'))).toBe(0);
  });

  it('removes what an interrupted write left, once it is an hour old', () => {
    const dir = folder();
    mkdirSync(join(dir, 'space'));
    const left = join(dir, 'space', 'entry.json.1234.tmp');
    const writing = join(dir, 'space', 'entry.json.5678.tmp');
    writeFileSync(left, '{"cach');
    writeFileSync(writing, '{"cach');
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    utimesSync(left, twoHoursAgo, twoHoursAgo);
    expect(sweepBuildCache(dir)).toBe(1);
    expect(readdirSync(join(dir, 'space'))).toEqual(['entry.json.5678.tmp']);
  });
});

describe('the fingerprint of what a build reads', () => {
  it('changes with any file of src/, content/ or public/, the lock and the .env files, not with the output or the docs', () => {
    const root = folder();
    for (const dir of ['src/app', 'content/demo', 'public', 'dist']) mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, 'src', 'app', 'page.tsx'), 'export const a = 1;');
    writeFileSync(join(root, 'content', 'demo', 'a.mdx'), '# A');
    writeFileSync(join(root, 'public', 'icon.svg'), '<svg/>');
    writeFileSync(join(root, 'package-lock.json'), '{}');
    const seen = new Set([projectInputsFingerprint(root)]);
    writeFileSync(join(root, 'dist', 'index.html'), 'built');
    writeFileSync(join(root, 'README.md'), '# Le cours');
    expect(seen.has(projectInputsFingerprint(root))).toBe(true);
    const changes: [string, string][] = [
      ['src/app/page.tsx', 'export const a = 2;'],
      ['src/app/styles.css', 'body {}'],
      ['content/demo/a.mdx', '# B'],
      ['public/icon.svg', '<svg></svg>'],
      ['package-lock.json', '{"v":2}'],
      ['index.html', '<!doctype html>'],
      ['.env', 'VITE_TITRE=Cours'],
      ['.env.production.local', 'VITE_TITRE=Autre'],
      ['postcss.config.js', 'export default {};'],
    ];
    for (const [file, text] of changes) {
      writeFileSync(join(root, file), text);
      const fingerprint = projectInputsFingerprint(root);
      expect(seen.has(fingerprint)).toBe(false);
      seen.add(fingerprint);
    }
  });
});

describe('the fingerprint of a build output, that the service worker is kept under', () => {
  it('changes with a file’s bytes or name, an added file, and not with the worker itself', () => {
    const dir = folder();
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<p>Accueil</p>');
    writeFileSync(join(dir, 'assets', 'app-1.js'), 'code');
    const seen = new Set([buildOutputFingerprint(dir)]);
    writeFileSync(join(dir, 'sw.js'), 'the worker');
    expect(seen.has(buildOutputFingerprint(dir))).toBe(true);
    writeFileSync(join(dir, 'index.html'), '<p>Accueil modifié</p>');
    seen.add(buildOutputFingerprint(dir));
    rmSync(join(dir, 'assets', 'app-1.js'));
    writeFileSync(join(dir, 'assets', 'app-2.js'), 'code');
    expect(seen.has(buildOutputFingerprint(dir))).toBe(false);
    seen.add(buildOutputFingerprint(dir));
    writeFileSync(join(dir, 'assets', 'autre.css'), '');
    expect(seen.has(buildOutputFingerprint(dir))).toBe(false);
    expect(seen.size).toBe(3);
  });
});

describe('the course loaded through the cache', () => {
  it('is the same course, quizzes and labs included, as loaded without it', () => {
    const root = join(import.meta.dirname, '../../..');
    const cache = createBuildCache({ dir: folder(), fingerprint: 'f' });
    const fresh = loadContent(root, { includeDrafts: false });
    loadContent(root, { includeDrafts: false, cache });
    const cached = loadContent(root, { includeDrafts: false, cache });
    expect(cached.problems).toEqual(fresh.problems);
    expect(cached.outline).toEqual(fresh.outline);
    const parts = (content: typeof fresh) =>
      content.lessons.map(({ quizzes, labs, meta }) => ({ quizzes, labs, meta }));
    expect(JSON.parse(JSON.stringify(parts(cached)))).toEqual(JSON.parse(JSON.stringify(parts(fresh))));
    expect(cached.lessons.flatMap((lesson) => lesson.quizzes).length).toBeGreaterThan(0);
    expect(cached.lessons.flatMap((lesson) => lesson.labs).length).toBeGreaterThan(0);
  });
});

describe('problems found through the cache', () => {
  it('are the same problems, at the same places, as without it', () => {
    const fixtures = join(import.meta.dirname, '../../../tests/fixtures/content');
    for (const name of readdirSync(fixtures)) {
      const root = join(fixtures, name);
      const cache = createBuildCache({ dir: folder(), fingerprint: 'f' });
      const fresh = loadContent(root, { includeDrafts: true }).problems;
      loadContent(root, { includeDrafts: true, cache });
      expect(loadContent(root, { includeDrafts: true, cache }).problems).toEqual(fresh);
    }
  });
});

describe('a lesson analysis through the cache', () => {
  const lesson = '---\nid: demo\ntitle: Démo\n---\n\n## Une section\n\nDu texte et `du code`.\n';

  it('is the same analysis, its frontmatter parsed again and still able to locate a field', () => {
    const cache = createBuildCache({ dir: folder(), fingerprint: 'f' });
    const first = analyseLessonCached(lesson, cache);
    const second = analyseLessonCached(lesson, cache);
    const { frontmatter: fresh, ...freshRest } = analyseLesson(lesson);
    const { frontmatter: cached, ...cachedRest } = second;
    expect(cachedRest).toEqual(freshRest);
    expect(cached?.value).toEqual(fresh?.value);
    expect(cached?.locate(['title'])).toEqual(fresh?.locate(['title']));
    expect(first.text.sections[0]).toMatchObject({ heading: 'Une section', slug: 'une-section' });
  });
});

type Transform = (code: string, id: string) => Promise<unknown>;
const transformOf = (plugin: { transform?: unknown }) => plugin.transform as Transform;

describe('a transform through the cache', () => {
  const options = (dir: string, context = 'base /') => ({
    root: '/projet',
    cache: createBuildCache({ dir, fingerprint: 'f' }),
    context: () => context,
  });

  it('compiles a lesson once, then serves the same module for the same text and surroundings', async () => {
    const dir = folder();
    const compile = vi.fn((code: string) => ({ code: `compiled(${code})`, map: null }));
    const plugin = withCachedTransform({ name: 'mdx', transform: compile }, options(dir));
    const transform = transformOf(plugin);
    await expect(transform.call({}, 'texte', '/projet/content/a.mdx')).resolves.toEqual({
      code: 'compiled(texte)',
      map: null,
    });
    await expect(transform.call({}, 'texte', '/projet/content/a.mdx')).resolves.toEqual({
      code: 'compiled(texte)',
      map: null,
    });
    expect(compile).toHaveBeenCalledTimes(1);
    // Another text, another file or other surroundings (a glossary change) compile again.
    await transform.call({}, 'texte modifié', '/projet/content/a.mdx');
    await transform.call({}, 'texte', '/projet/content/b.mdx');
    const other = withCachedTransform({ name: 'mdx', transform: compile }, options(dir, 'base /sous/'));
    await transformOf(other).call({}, 'texte', '/projet/content/a.mdx');
    expect(compile).toHaveBeenCalledTimes(4);
  });

  it('leaves files that are not lessons to the plugin, uncached', async () => {
    const compile = vi.fn(() => undefined);
    const plugin = withCachedTransform({ name: 'mdx', transform: { handler: compile } }, options(folder()));
    const transform = transformOf(plugin);
    await transform.call({}, 'code', '/projet/src/a.ts');
    await transform.call({}, 'code', '/projet/src/a.ts');
    expect(compile).toHaveBeenCalledTimes(2);
  });
});
