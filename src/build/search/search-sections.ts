/**
 * Reads the course for the search index: every published lesson cut into its
 * intro and its `##`/`###` sections (plain text, anchors from heading-slugs.ts
 * so results land on the rendered headings), and the glossary entries.
 * Quiz blocks are left out: searching must not reveal answers.
 * It reads the course the loader loaded (course-source.ts): content errors are
 * the loader's and the checker's business, reported with their positions.
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { SearchDocument } from '../../features/search/search-index';
import { paths } from '../../lib/paths';
import type { LoadedContent } from '../content/content-loader';
import { collapse, lessonTextOf, type LessonText } from '../content/lesson-text';

export type { LessonSection, LessonText } from '../content/lesson-text';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Cuts a lesson's source into its intro and sections (the analysis does it on its own parse). */
export function extractLessonText(source: string): LessonText {
  return lessonTextOf(parser.parse(source));
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
 * A lesson that cannot be read is the loader's error, naming its file and line: the build stops
 * there, so the index never has a silent gap.
 */
export function collectSearchDocuments(content: LoadedContent): SearchDocument[] {
  const documents: SearchDocument[] = [];
  const byId = new Map(content.lessons.map((lesson) => [lesson.meta.id, lesson]));
  for (const module of content.outline.modules) {
    for (const entry of module.lessons) {
      const lesson = byId.get(entry.id);
      if (!lesson) continue;
      // Cut into sections by the loader's one reading of the lesson (lesson-analysis.ts).
      const body = lesson.analysis.text;
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
