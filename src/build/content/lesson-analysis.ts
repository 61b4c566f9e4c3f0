/**
 * Reads one MDX lesson without compiling it: frontmatter (with positions),
 * headings, quiz and lab blocks, components used, links and prose. The manifest and
 * the content checker are both built on this one reading.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { noBuildCache, type BuildCache } from '../shared/build-cache';
import { slugHeadings } from '../mdx/heading-slugs';
import { keepParsedLesson, lessonParser } from '../mdx/parsed-lessons';
import { keepProseScanOf } from '../checks/prose-scan';
import { lessonTextOf, type LessonText } from './lesson-text';
import { parseLocatedYaml, type LocatedYaml } from './yaml-locate';

export interface Position {
  line: number;
  column: number;
}

export interface JsxUse extends Position {
  name: string;
  attributes: Record<string, string | null>;
}

export interface LessonAnalysis {
  /** Parsed frontmatter, or null when absent or unreadable. */
  frontmatter: LocatedYaml | null;
  /** The frontmatter's YAML text, or null when absent. */
  frontmatterSource: string | null;
  /** Line in the file where the frontmatter's YAML text starts. */
  frontmatterLine: number;
  headings: { depth: number; text: string; slug: string; line: number }[];
  quizBlocks: { source: string; line: number }[];
  /** ```lab blocks: the YAML of each lab and the line of its opening fence. */
  labBlocks: { source: string; line: number }[];
  codeBlocks: { lang: string | null; meta: string | null; line: number }[];
  jsx: JsxUse[];
  links: (Position & { url: string })[];
  /** Prose text nodes, for typography checks. */
  texts: (Position & { value: string })[];
  wordCount: number;
  /** The lesson's intro and sections as plain text, for the search index. */
  text: LessonText;
  syntaxError: (Position & { message: string }) | null;
}


function positionOf(node: { position?: { start: { line: number; column: number } } }): Position {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function readJsxAttributes(node: MdxJsxFlowElement | MdxJsxTextElement): Record<string, string | null> {
  const attributes: Record<string, string | null> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    attributes[attribute.name] = typeof attribute.value === 'string' ? attribute.value : null;
  }
  return attributes;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function analyseLesson(source: string): LessonAnalysis {
  const result: LessonAnalysis = {
    frontmatter: null,
    frontmatterSource: null,
    frontmatterLine: 2,
    headings: [],
    quizBlocks: [],
    labBlocks: [],
    codeBlocks: [],
    jsx: [],
    links: [],
    texts: [],
    wordCount: 0,
    text: { intro: '', introCode: '', sections: [] },
    syntaxError: null,
  };
  let tree: Root;
  try {
    tree = lessonParser.parse(source);
  } catch (error) {
    const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } })
      .place;
    const start = place && 'start' in place && place.start ? place.start : place;
    result.syntaxError = {
      line: start?.line ?? 1,
      column: start?.column ?? 1,
      message: (error as { reason?: string }).reason ?? String(error),
    };
    return result;
  }
  // For the checks, when they ask (npm run check:content): the prose, read before anything else.
  keepProseScanOf(source, tree);

  const yamlNode = tree.children.find((node) => node.type === 'yaml');
  if (yamlNode && yamlNode.type === 'yaml') {
    result.frontmatterSource = yamlNode.value;
    result.frontmatter = parseLocatedYaml(yamlNode.value);
    result.frontmatterLine = (yamlNode.position?.start.line ?? 1) + 1;
  }

  result.headings = slugHeadings(tree).map((heading) => ({
    depth: heading.depth,
    text: heading.text,
    slug: heading.slug,
    line: positionOf(heading.node).line,
  }));

  let words = 0;
  visit(tree, (node) => {
    if (node.type === 'code') {
      const code = node;
      if (code.lang === 'quiz') {
        result.quizBlocks.push({ source: code.value, line: positionOf(code).line });
      } else if (code.lang === 'lab') {
        result.labBlocks.push({ source: code.value, line: positionOf(code).line });
      } else {
        result.codeBlocks.push({ lang: code.lang ?? null, meta: code.meta ?? null, line: positionOf(code).line });
      }
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node;
      if (element.name)
        result.jsx.push({ name: element.name, attributes: readJsxAttributes(element), ...positionOf(element) });
    } else if (node.type === 'link') {
      result.links.push({ url: node.url, ...positionOf(node) });
    } else if (node.type === 'text') {
      const text = node;
      words += countWords(text.value);
      result.texts.push({ value: text.value, ...positionOf(text) });
    }
  });
  result.wordCount = words;
  result.text = lessonTextOf(tree);
  keepParsedLesson(source, tree);
  return result;
}

/** What the cache keeps of an analysis: all but the frontmatter's `locate`, a function. */
type StoredAnalysis = Omit<LessonAnalysis, 'frontmatter'> & {
  frontmatterParse: Pick<LocatedYaml, 'value' | 'syntaxErrors'> | null;
};

/**
 * The frontmatter as the cache gives it back: its value and syntax errors as stored, and its YAML
 * parsed again only when a field has to be located (to report a problem).
 */
function storedFrontmatter(source: string, parse: Pick<LocatedYaml, 'value' | 'syntaxErrors'>): LocatedYaml {
  let located: LocatedYaml | null = null;
  return {
    value: parse.value,
    syntaxErrors: parse.syntaxErrors,
    locate: (path) => (located ??= parseLocatedYaml(source)).locate(path),
  };
}

/** analyseLesson through the build cache: the same text gives the same analysis. */
export function analyseLessonCached(source: string, cache: BuildCache = noBuildCache): LessonAnalysis {
  const stored = cache.read<StoredAnalysis>('lesson-analysis', source);
  if (stored) {
    const { frontmatterParse, ...analysis } = stored;
    return {
      ...analysis,
      frontmatter:
        stored.frontmatterSource === null
          ? null
          : frontmatterParse
            ? storedFrontmatter(stored.frontmatterSource, frontmatterParse)
            : parseLocatedYaml(stored.frontmatterSource),
    };
  }
  const analysis = analyseLesson(source);
  const { frontmatter, ...storable } = analysis;
  // Kept only when JSON gives it back exactly (a YAML `.inf` would come back as null): else parsed again.
  const exact = frontmatter && isDeepStrictEqual(JSON.parse(JSON.stringify(frontmatter.value) ?? 'null'), frontmatter.value);
  const frontmatterParse = exact ? { value: frontmatter.value, syntaxErrors: frontmatter.syntaxErrors } : null;
  cache.write('lesson-analysis', source, { ...storable, frontmatterParse } satisfies StoredAnalysis);
  return analysis;
}
