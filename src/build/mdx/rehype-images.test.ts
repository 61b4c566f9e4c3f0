// @vitest-environment node
/**
 * The image plugin on real MDX compiles, against tests/fixtures/images: a small project
 * root with public/images/schema.png (48 × 32) and content/demo/img/voisine.png (20 × 30).
 */
import { compile } from '@mdx-js/mdx';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { VFile } from 'vfile';
import { rehypeImages } from './rehype-images';

const root = resolve(__dirname, '../../../tests/fixtures/images');
const lessonPath = resolve(root, 'content/demo/lecon.mdx');

async function compileLesson(value: string, base = '/sous-chemin/'): Promise<string> {
  const file = new VFile({ path: lessonPath, value });
  return String(await compile(file, { rehypePlugins: [[rehypeImages, { root, base }]] }));
}

/** The props object of each `_jsx(_components.img, {…})` call, as written in the output. */
function imgProps(code: string): string[] {
  return [...code.matchAll(/_jsx\(_components\.img, (\{[^}]*\})\)/g)].map((match) => match[1] ?? '');
}

test('an absolute image gets the base path, its size, lazy loading and async decoding', async () => {
  const [props, ...others] = imgProps(await compileLesson('![Un schéma](/images/schema.png)\n'));
  expect(others).toEqual([]);
  expect(props).toContain('src: "/sous-chemin/images/schema.png"');
  expect(props).toContain('alt: "Un schéma"');
  expect(props).toContain('width: "48"');
  expect(props).toContain('height: "32"');
  expect(props).toContain('loading: "lazy"');
  expect(props).toContain('decoding: "async"');
});

test('with the root base path, an absolute image keeps its path', async () => {
  const [props] = imgProps(await compileLesson('![Un schéma](/images/schema.png)\n', '/'));
  expect(props).toContain('src: "/images/schema.png"');
});

test('a relative image becomes one import of the file, whatever way the path is written', async () => {
  const code = await compileLesson(
    '![Une voisine](./img/voisine.png "Le titre")\n\n<Figure caption="Une figure">\n  ![Encore elle](img/voisine.png)\n</Figure>\n',
  );
  const imports = [...code.matchAll(/^import (\w+) from "([^"]+)";$/gm)].map((match) => [match[1], match[2]]);
  expect(imports).toEqual([['LessonImage_0', './img/voisine.png?no-inline']]);
  const all = imgProps(code);
  expect(all).toHaveLength(2);
  for (const props of all) {
    expect(props).toContain('src: LessonImage_0');
    expect(props).toContain('width: "20"');
    expect(props).toContain('height: "30"');
    expect(props).toContain('loading: "lazy"');
    expect(props).toContain('decoding: "async"');
  }
  expect(all[0]).toContain('alt: "Une voisine"');
  expect(all[0]).toContain('title: "Le titre"');
  expect(all[1]).toContain('alt: "Encore elle"');
});

test('a relative path climbing out of the module is imported from where it is', async () => {
  const file = new VFile({
    path: resolve(root, 'content/demo/img/sous/lecon.mdx'),
    value: '![Une voisine](../voisine.png)\n',
  });
  const code = String(await compile(file, { rehypePlugins: [[rehypeImages, { root, base: '/' }]] }));
  expect(code).toContain('import LessonImage_0 from "../voisine.png?no-inline";');
  expect(imgProps(code)[0]).toContain('width: "20"');
});

test('external images keep their URL and get no size', async () => {
  const code = await compileLesson(
    '![Un logo](https://example.org/logo.png) ![Un autre](//cdn.example.org/x.png) ![Un point](data:image/gif;base64,R0lGODlhAQABAAAAACw=)\n',
  );
  expect(code).not.toMatch(/^import \w+ from/m);
  const [https, protocolRelative, data] = imgProps(code);
  expect(https).toContain('src: "https://example.org/logo.png"');
  expect(protocolRelative).toContain('src: "//cdn.example.org/x.png"');
  expect(data).toContain('src: "data:image/gif;base64,R0lGODlhAQABAAAAACw="');
  for (const props of [https, protocolRelative, data]) {
    expect(props).not.toContain('width');
    expect(props).toContain('loading: "lazy"');
  }
});

test('a missing image fails with the lesson, the line and the file looked for', async () => {
  const error: unknown = await compileLesson('## Un titre\n\nVoir ![Absente](./img/absente.png).\n').then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toMatchObject({
    reason:
      'L’image « ./img/absente.png » de content/demo/lecon.mdx est introuvable (fichier content/demo/img/absente.png absent) : corrigez le chemin ou ajoutez le fichier.',
    file: lessonPath,
    line: 3,
    column: 6,
    fatal: true,
  });
  await expect(compileLesson('![Absente](/images/absente.png)\n')).rejects.toThrow(
    'L’image « /images/absente.png » de content/demo/lecon.mdx est introuvable (fichier public/images/absente.png absent)',
  );
});

test('an image whose size cannot be read is kept, without dimensions, with a warning', async () => {
  // img/illisible.png exists but holds text: the plugin cannot size it, and must not crash.
  const file = new VFile({ path: lessonPath, value: '![Illisible](./img/illisible.png)\n' });
  const code = String(await compile(file, { rehypePlugins: [[rehypeImages, { root, base: '/' }]] }));
  expect(imgProps(code)[0]).toContain('src: LessonImage_0');
  expect(imgProps(code)[0]).not.toContain('width');
  expect(file.messages.map((message) => message.reason)).toEqual([
    'La taille de l’image « ./img/illisible.png » (content/demo/img/illisible.png) est illisible : elle sera affichée sans dimensions.',
  ]);
});
