// @vitest-environment node
/**
 * Lesson images in a real build under a base path: in a temporary copy of the project, a
 * lesson shows one image of public/images/ (absolute path) and one image next to it
 * (relative path); `BASE_PATH=/sous-chemin/ vite build` must prerender both with a URL under
 * the base path, their size and lazy loading, and put both files in dist/.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, onTestFinished, test } from 'vitest';
import { checkContent } from '../../src/build/checks/content-checks';
import { formatProblem } from '../../src/build/checks/problems';
import { lessonFile } from '../../src/build/shared/temp-tree';
import { buildCopy, copyProject, projectRoot, removeCopy } from './project-copy';

const fixtures = join(projectRoot, 'tests/fixtures/images');
const base = '/sous-chemin/';
let copy = '';

beforeAll(() => {
  copy = copyProject('lesson-images');
  mkdirSync(join(copy, 'public/images'), { recursive: true });
  copyFileSync(join(fixtures, 'public/images/schema.png'), join(copy, 'public/images/test-schema.png'));
  mkdirSync(join(copy, 'content/virtualisation/img'), { recursive: true });
  copyFileSync(
    join(fixtures, 'content/demo/img/voisine.png'),
    join(copy, 'content/virtualisation/img/test-voisine.png'),
  );
  writeFileSync(
    join(copy, 'content/virtualisation/images-de-test.mdx'),
    lessonFile({
      id: 'virt-images-de-test',
      order: 99,
      body: '## Deux images\n\n![Un schéma de test](/images/test-schema.png)\n\n![Une image voisine](./img/test-voisine.png)\n',
    }),
  );
});

afterAll(() => removeCopy(copy));

test('the checker accepts both images of the lesson', { timeout: 60_000 }, () => {
  expect(checkContent(copy).problems.map(formatProblem)).toEqual([]);
});

test(
  'a build under a base path prerenders both images with URLs under it, their size and lazy loading',
  { timeout: 240_000 },
  () => {
    const build = buildCopy(copy, base);
    expect(build.stderr).not.toMatch(/error/i);
    expect(build.status).toBe(0);
    const dist = join(copy, 'dist');
    const html = readFileSync(join(dist, 'virtualisation/images-de-test/index.html'), 'utf8');
    const images = [...html.matchAll(/<img [^>]*>/g)].map((match) => match[0]);
    const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

    const absolute = images.find((tag) => attribute(tag, 'alt') === 'Un schéma de test');
    const relative = images.find((tag) => attribute(tag, 'alt') === 'Une image voisine');
    expect(absolute).toBeDefined();
    expect(relative).toBeDefined();
    expect(attribute(absolute ?? '', 'src')).toBe(`${base}images/test-schema.png`);
    expect(attribute(relative ?? '', 'src')).toMatch(/^\/sous-chemin\/assets\/test-voisine-[\w-]+\.png$/);
    for (const [tag, width, height] of [
      [absolute ?? '', '48', '32'],
      [relative ?? '', '20', '30'],
    ] as const) {
      expect(attribute(tag, 'width')).toBe(width);
      expect(attribute(tag, 'height')).toBe(height);
      expect(attribute(tag, 'loading')).toBe('lazy');
      expect(attribute(tag, 'decoding')).toBe('async');
      const src = attribute(tag, 'src') ?? '';
      // The file the URL names, in dist/ (the base path is where dist/ is served).
      expect(existsSync(join(dist, src.slice(base.length)))).toBe(true);
    }

    // The hashed image is referred to by the lesson's chunk, so the client render agrees with the HTML.
    const hashed = (attribute(relative ?? '', 'src') ?? '').slice(`${base}assets/`.length);
    const chunks = readdirSync(join(dist, 'assets')).filter((name) => name.endsWith('.js'));
    expect(chunks.some((name) => readFileSync(join(dist, 'assets', name), 'utf8').includes(hashed))).toBe(true);
  },
);

test(
  'a build with a missing image fails with the lesson, the line and the file looked for',
  { timeout: 120_000 },
  () => {
    const broken = copyProject('missing-image');
    onTestFinished(() => removeCopy(broken));
    writeFileSync(
      join(broken, 'content/virtualisation/image-absente.mdx'),
      lessonFile({
        id: 'virt-image-absente',
        order: 99,
        body: '## Une image\n\nVoir ![Une absente](./img/absente.png).\n',
      }),
    );
    const build = buildCopy(broken, base);
    expect(build.status).not.toBe(0);
    expect(build.stderr).toContain('content/virtualisation/image-absente.mdx:14:6');
    expect(build.stderr).toContain(
      'L’image « ./img/absente.png » de content/virtualisation/image-absente.mdx est introuvable (fichier content/virtualisation/img/absente.png absent) : corrigez le chemin ou ajoutez le fichier.',
    );
    // Not hidden behind a later failure (the prerender looking for pages that were never built).
    expect(build.stderr).not.toContain('ENOENT');
  },
);
