/**
 * A second, finer reading of a lesson for the checks that need exact offsets:
 * prose text nodes (with the offset where each starts and whether it is glued to
 * the inline content before it), images with their alt text, and the string
 * attributes of components. Code (inline or fenced) is never prose.
 */
import type { Image, Parent, Root, RootContent, Text } from 'mdast';
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx-expression';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { visit } from 'unist-util-visit';
import { keptByText, lessonParser } from '../mdx/parsed-lessons';

export interface ProseText {
  value: string;
  /** Offset in the file of the node's first character. */
  offset: number;
  /** End offset in the file (exclusive). */
  end: number;
  /** True when inline content (code, a component, emphasis) ends right before the text. */
  gluedStart: boolean;
}

export interface ProseImage {
  url: string;
  alt: string;
  offset: number;
}

export interface ProseAttribute {
  element: string;
  name: string;
  value: string;
  /** Offset of the attribute (its name) in the file. */
  offset: number;
  end: number;
}

export interface ProseCode {
  kind: 'expression' | 'esm';
  /** The code between the braces, or the import/export statement. */
  value: string;
  offset: number;
}

export interface ProseScan {
  texts: ProseText[];
  images: ProseImage[];
  attributes: ProseAttribute[];
  /** JavaScript in the lesson: `{…}` expressions (comments included) and import/export lines. */
  code: ProseCode[];
}

const inlineTypes = new Set(['inlineCode', 'mdxJsxTextElement', 'emphasis', 'strong', 'link', 'delete', 'image']);

/**
 * Reads a lesson's prose, with the parser of the build (`lessonParser`: GFM tables and autolinks
 * read as they render); empty lists when the MDX does not parse (the loader reports that).
 */
export function scanProse(source: string): ProseScan {
  let tree: Root;
  try {
    tree = lessonParser.parse(source);
  } catch {
    return { texts: [], images: [], attributes: [], code: [] };
  }
  return scanTree(tree);
}

let keeping = false;
const scans = keptByText<ProseScan>(() => keeping);

/**
 * From now on (`npm run check:content`), the content loader's analysis, which parses each lesson
 * with the same parser, reads its prose from the tree it has just parsed and keeps it here, by
 * text, until the checks take it: each lesson is then parsed once.
 */
export function keepProseScans(keep = true): void {
  keeping = keep;
  if (!keep) scans.kept.clear();
}

/** Called by the analysis with the tree it has parsed, before it reads anything else from it. */
export function keepProseScanOf(source: string, tree: Root): void {
  if (keeping) scans.keep(source, scanTree(tree));
}

/** The prose reading the analysis kept for this text, taken once. */
export const takeProseScan = scans.take;

/** The prose of a parsed lesson (the tree is only read). */
export function scanTree(tree: Root): ProseScan {
  const scan: ProseScan = { texts: [], images: [], attributes: [], code: [] };
  visit(tree, (node, index, parent: Parent | undefined) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === 'text') {
      const before: RootContent | undefined =
        index !== undefined && index > 0 ? parent?.children[index - 1] : undefined;
      const glued = before !== undefined && inlineTypes.has(before.type) && before.position?.end.offset === start;
      scan.texts.push({ value: (node as Text).value, offset: start, end, gluedStart: glued });
    } else if (node.type === 'image') {
      const image = node as Image;
      scan.images.push({ url: image.url, alt: image.alt ?? '', offset: start });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      scan.code.push({
        kind: 'expression',
        value: (node as MdxFlowExpression | MdxTextExpression).value,
        offset: start,
      });
    } else if (node.type === 'mdxjsEsm') {
      scan.code.push({ kind: 'esm', value: (node as MdxjsEsm).value, offset: start });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      for (const attribute of element.attributes) {
        const attributeStart = attribute.position?.start.offset;
        const attributeEnd = attribute.position?.end.offset;
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
        if (attributeStart === undefined || attributeEnd === undefined) continue;
        scan.attributes.push({
          element: element.name ?? '',
          name: attribute.name,
          value: attribute.value,
          offset: attributeStart,
          end: attributeEnd,
        });
      }
    }
  });
  return scan;
}
