/**
 * Reads the course for the search index: every published lesson cut into its
 * intro and its `##`/`###` sections (plain text, anchors from heading-slugs.ts
 * so results land on the rendered headings), and the glossary entries.
 * Quiz blocks are left out: searching must not reveal answers.
 * It reads the course the loader loaded (course-source.ts): content errors are
 * the loader's and the checker's business, reported with their positions.
 */
import { proseAttributesOf } from '../../lib/lesson-components.ts';
import type { Heading, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { SearchDocument } from '../../features/search/search-index.ts';
import { paths } from '../../lib/paths.ts';
import type { LoadedContent } from '../content/content-loader.ts';
import { slugHeadings } from '../mdx/heading-slugs.ts';

export interface LessonSection {
  heading: string;
  slug: string;
  text: string;
  /** The section's inline code and code blocks (quiz blocks excepted), for the search index's `code` field. */
  code: string;
}

export interface LessonText {
  /** Text before the first `##`. */
  intro: string;
  /** Code before the first `##`. */
  introCode: string;
  sections: LessonSection[];
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

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

/** The code of a node: inline code and code blocks (not quiz blocks), each ending with a space. */
function codeOf(node: AnyNode): string {
  if (node.type === 'inlineCode') return `${node.value} `;
  if (node.type === 'code') return node.lang === 'quiz' ? '' : `${node.value} `;
  return 'children' in node ? (node.children as AnyNode[]).map(codeOf).join('') : '';
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts a lesson's body into its intro and sections. Deeper headings (`####`) stay inside their section. */
export function extractLessonText(source: string): LessonText {
  const tree = parser.parse(source);
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

/** The documents of one lesson: its intro (with the description) and each section. */
export function lessonDocuments(
  lesson: { id: string; title: string; description: string; moduleSlug: string; slug: string; moduleTitle: string },
  body: LessonText,
): SearchDocument[] {
  const base = { title: lesson.title, module: lesson.moduleTitle };
  return [
    {
      ...base,
      id: lesson.id,
      kind: 'lesson',
      heading: '',
      text: collapse(`${lesson.description} ${body.intro}`),
      code: body.introCode,
      path: paths.lesson.href(lesson.moduleSlug, lesson.slug),
    },
    ...body.sections.map((section): SearchDocument => ({
      ...base,
      id: `${lesson.id}#${section.slug}`,
      kind: 'section',
      heading: section.heading,
      text: section.text,
      code: section.code,
      path: paths.lesson.href(lesson.moduleSlug, lesson.slug, section.slug),
    })),
  ];
}

/**
 * Every document of the loaded course: its published lessons in course order, then the glossary.
 * A lesson the loader read but this cannot cut into sections is an error naming the file, never
 * a silent gap in the index.
 */
export function collectSearchDocuments(content: LoadedContent): SearchDocument[] {
  const documents: SearchDocument[] = [];
  const byId = new Map(content.lessons.map((lesson) => [lesson.meta.id, lesson]));
  for (const module of content.outline.modules) {
    for (const entry of module.lessons) {
      const lesson = byId.get(entry.id);
      if (!lesson) continue;
      let body: LessonText;
      try {
        body = extractLessonText(lesson.source);
      } catch (error) {
        throw new Error(`search index: ${lesson.file} cannot be cut into sections: ${String(error)}`, {
          cause: error,
        });
      }
      const { id, title, description, moduleSlug, slug } = lesson.meta;
      documents.push(...lessonDocuments({ id, title, description, moduleSlug, slug, moduleTitle: module.title }, body));
    }
  }
  for (const entry of content.glossary) {
    documents.push({
      id: `glossary:${entry.id}`,
      kind: 'glossary',
      title: entry.term,
      heading: '',
      text: entry.definition,
      path: paths.glossary.href(entry.id),
      module: '',
    });
  }
  return documents;
}
