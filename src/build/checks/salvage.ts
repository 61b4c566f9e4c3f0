/**
 * What can still be read from a lesson file the loader rejected (bad MDX or bad
 * frontmatter): the ids and topics it declares. Checks that look across the whole
 * course use it so one broken file does not also make its ids look deleted or its
 * topics look untaught; the loader has already reported the real mistake.
 */
import type { CheckInput } from './check-input';
import { frontmatterOf, parseLocatedYaml } from '../content/yaml-locate';

export interface SalvagedLesson {
  file: string;
  /** Every `id:` value in the file: the lesson's, its quizzes' (and their questions'). */
  ids: string[];
  topics: string[];
}

export function salvageLesson(file: string, source: string): SalvagedLesson {
  const ids = [...source.matchAll(/^[ \t-]*id:[ \t]*["']?([a-z0-9-]+)["']?[ \t]*$/gm)].flatMap((match) =>
    match[1] ? [match[1]] : [],
  );
  let topics: string[] = [];
  const frontmatter = frontmatterOf(source)?.text;
  if (frontmatter !== undefined) {
    const value = parseLocatedYaml(frontmatter).value;
    if (typeof value === 'object' && value !== null && 'topics' in value && Array.isArray(value.topics)) {
      topics = value.topics.filter((topic): topic is string => typeof topic === 'string');
    }
  }
  return { file, ids, topics };
}

/** Lesson files under `content/` that the loader could not load. */
export function salvageUnloadedLessons(input: CheckInput): SalvagedLesson[] {
  const loaded = new Set(input.content.lessons.map((lesson) => lesson.file));
  return [...input.sources]
    .filter(([file]) => /^content\/[^/]+\/[^/]+\.mdx$/.test(file) && !loaded.has(file))
    .map(([file, source]) => salvageLesson(file, source));
}
