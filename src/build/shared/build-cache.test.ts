// @vitest-environment node
import { mkdtempSync, readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cacheEnabled, codeFingerprint, createBuildCache, noBuildCache, projectBuildCache } from './build-cache';
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
