/**
 * Markdown images `![alt](src)` made to work wherever the site is served, and to
 * keep the layout still while they load:
 * - an absolute path (`/images/x.png`, a file of `public/`) gets the site's base path
 *   in front (`/cours-docker/images/x.png`);
 * - a relative path (`./img/x.png`, `schema.png`, `../commun/x.png`, a file next to the
 *   lesson) becomes an import of the file, so Vite copies it under a hashed name and the
 *   lesson's chunk refers to it (never inlined: a lazy image has nothing to gain in the JS);
 * - both get the file's intrinsic `width` and `height`, read at build time, plus
 *   `loading="lazy"` and `decoding="async"`. External URLs keep their `src` (and get no size).
 * A URL maps to a file exactly as the content checker sees it (`imageFile` in check-images.ts);
 * a missing file fails the lesson with its line, as the checker reports it.
 */
import { join, posix, relative, sep } from 'node:path';
import type { Element, Properties, Root } from 'hast';
import { imageSizeFromFile } from 'image-size/fromFile';
import type { MdxJsxAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { imageFile } from '../checks/check-images';
import { defaultImport } from './mdx-esm';
import { isFile } from '../shared/small-utils';

export interface RehypeImagesOptions {
  /** The project root: `/images/x.png` is `<root>/public/images/x.png`. */
  root: string;
  /** The base path the site is served under, with both slashes (`normalizeBasePath`). */
  base: string;
}

interface Size {
  width: number;
  height: number;
}

interface Found {
  node: Element;
  parent: Root | Element | MdxJsxFlowElementHast | MdxJsxTextElementHast;
  index: number;
  src: string;
}

const toPosix = (path: string) => path.split(sep).join('/');

/** The displayed size: EXIF orientations 5 to 8 turn the picture a quarter. */
async function readSize(path: string): Promise<Size | null> {
  try {
    const { width, height, orientation } = await imageSizeFromFile(path);
    return orientation !== undefined && orientation >= 5 ? { width: height, height: width } : { width, height };
  } catch {
    return null;
  }
}

/** `<img src={localName} …>`: the element of a relative image, whose URL is the import's value. */
function importedImage(node: Element, localName: string, extra: Properties): MdxJsxTextElementHast {
  const attributes: MdxJsxAttribute[] = [
    {
      type: 'mdxJsxAttribute',
      name: 'src',
      value: {
        type: 'mdxJsxAttributeValueExpression',
        value: localName,
        data: {
          estree: {
            type: 'Program',
            sourceType: 'module',
            body: [{ type: 'ExpressionStatement', expression: { type: 'Identifier', name: localName } }],
          },
        },
      },
    },
  ];
  for (const [name, value] of Object.entries({ ...node.properties, ...extra })) {
    if (name === 'src' || value === undefined || value === null) continue;
    attributes.push({ type: 'mdxJsxAttribute', name, value: String(value) });
  }
  return { type: 'mdxJsxTextElement', name: 'img', attributes, children: [], position: node.position };
}

export function rehypeImages(options: RehypeImagesOptions) {
  return async (tree: Root, file: VFile) => {
    const found: Found[] = [];
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'img' || parent === undefined || index === undefined) return;
      const src = node.properties.src;
      if (typeof src === 'string' && src !== '') found.push({ node, parent, index, src });
    });
    if (found.length === 0) return;

    // The lesson as the checker names it (content/<module>/<slug>.mdx), relative to the root.
    const lesson = file.path ? toPosix(relative(options.root, file.path)) : 'leçon.mdx';
    const lazy = { loading: 'lazy', decoding: 'async' };
    const local: (Found & { target: string; path: string })[] = [];
    for (const image of found) {
      const target = imageFile(lesson, image.src);
      if (target === null) {
        image.node.properties = { ...image.node.properties, ...lazy };
        continue;
      }
      const path = join(options.root, target);
      if (!isFile(path)) {
        file.fail(
          `L’image « ${image.src} » de ${lesson} est introuvable (fichier ${target} absent) : corrigez le chemin ou ajoutez le fichier.`,
          { place: image.node.position, source: 'rehype-images', ruleId: 'missing-image' },
        );
      }
      local.push({ ...image, target, path });
    }
    const sizes = await Promise.all(local.map((image) => readSize(image.path)));

    const imports = new Map<string, string>();
    local.forEach(({ node, parent, index, src, target }, position) => {
      const size = sizes[position] ?? null;
      // Shown without dimensions; the content checker reports it to the author (check-images.ts).
      if (size === null) {
        file.message(
          `La taille de l’image « ${src} » (${target}) est illisible : elle sera affichée sans dimensions.`,
          {
            place: node.position,
            source: 'rehype-images',
            ruleId: 'unreadable-image',
          },
        );
      }
      const extra: Properties = { ...size, ...lazy };
      if (src.startsWith('/')) {
        node.properties = { ...node.properties, src: `${options.base}${src.slice(1)}`, ...extra };
        return;
      }
      const fromLesson = posix.relative(posix.dirname(lesson), target);
      // `?no-inline`: always a file of its own, however small.
      const source = `${fromLesson.startsWith('../') ? '' : './'}${fromLesson}?no-inline`;
      let localName = imports.get(source);
      if (localName === undefined) {
        localName = `LessonImage_${imports.size}`;
        imports.set(source, localName);
      }
      parent.children[index] = importedImage(node, localName, extra);
    });
    tree.children.unshift(...[...imports].map(([source, localName]) => defaultImport(localName, source)));
  };
}
