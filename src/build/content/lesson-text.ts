/**
 * A lesson's text cut for the search index: its intro and its `##`/`###` sections as plain
 * text, with the code apart, and anchors from heading-slugs.ts so results land on the rendered
 * headings. Quiz and lab blocks are left out of the text and the code: searching must not reveal
 * answers (a lab's steps hold the commands its checks expect).
 * The lesson's analysis (lesson-analysis.ts) computes it from its one parse of the lesson.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { proseAttributesOf } from '../../lib/lesson-components';
import { slugHeadings } from '../mdx/heading-slugs';

export interface LessonSection {
  heading: string;
  slug: string;
  text: string;
  /** The section's inline code and code blocks (quiz and lab blocks excepted), for the search index's `code` field. */
  code: string;
}

export interface LessonText {
  /** Text before the first `##`. */
  intro: string;
  /** Code before the first `##`. */
  introCode: string;
  sections: LessonSection[];
}

/** Block nodes end with a space, so paragraphs and list items do not run into each other. */
const blockTypes = new Set([
  'paragraph',
  'heading',
  'listItem',
  'code',
  'tableCell',
  'blockquote',
  'mdxJsxFlowElement',
  'thematicBreak',
]);

type AnyNode = Root | RootContent;

function textOf(node: AnyNode): string {
  let text = '';
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      text = node.value;
      break;
    case 'code':
      text = node.lang === 'quiz' || node.lang === 'lab' ? '' : node.value;
      break;
    case 'image':
      text = node.alt ?? '';
      break;
    case 'yaml':
    case 'html':
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return '';
    default:
      break;
  }
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    // A component's prose attributes (a callout's title, a figure's caption) are searchable text.
    const prose = proseAttributesOf(node.name ?? '');
    for (const attribute of node.attributes) {
      if (
        attribute.type === 'mdxJsxAttribute' &&
        prose.includes(attribute.name) &&
        typeof attribute.value === 'string'
      ) {
        text += `${attribute.value} `;
      }
    }
  }
  if ('children' in node) text += (node.children as AnyNode[]).map(textOf).join('');
  return blockTypes.has(node.type) ? `${text} ` : text;
}

/** The code of a node: inline code and code blocks (not quiz or lab blocks), each ending with a space. */
function codeOf(node: AnyNode): string {
  if (node.type === 'inlineCode') return `${node.value} `;
  if (node.type === 'code') return node.lang === 'quiz' || node.lang === 'lab' ? '' : `${node.value} `;
  return 'children' in node ? (node.children as AnyNode[]).map(codeOf).join('') : '';
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts a parsed lesson into its intro and sections. Deeper headings (`####`) stay inside their section. */
export function lessonTextOf(tree: Root): LessonText {
  const slugs = new Map<Heading, string>(slugHeadings(tree).map((heading) => [heading.node, heading.slug]));
  const result: LessonText = { intro: '', introCode: '', sections: [] };
  let intro = '';
  let introCode = '';
  let current: LessonSection | null = null;
  const close = (section: LessonSection) =>
    result.sections.push({ ...section, text: collapse(section.text), code: collapse(section.code) });
  for (const node of tree.children) {
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      if (current) close(current);
      current = { heading: collapse(textOf(node)), slug: slugs.get(node) ?? '', text: '', code: '' };
      continue;
    }
    if (current) {
      current.text += textOf(node);
      current.code += codeOf(node);
    } else {
      intro += textOf(node);
      introCode += codeOf(node);
    }
  }
  if (current) close(current);
  result.intro = collapse(intro);
  result.introCode = collapse(introCode);
  return result;
}
