/**
 * The details (description, objectives, table of contents, word count) of the lesson a prerendered page shows, written by
 * the prerender in `<meta name="cours-docker:lesson">` and read back before hydrating: the page's
 * frame hydrates with them while its body waits for the first interaction (decision 009).
 */
import type { LessonDetails, LessonHeading } from './course-types';

export const LESSON_META_NAME = 'cours-docker:lesson';

export interface PageLessonDetails extends LessonDetails {
  lessonId: string;
}

export function encodeLessonDetails(lessonId: string, details: LessonDetails): string {
  const value: PageLessonDetails = {
    lessonId,
    description: details.description,
    objectives: details.objectives,
    headings: details.headings,
    wordCount: details.wordCount,
  };
  return JSON.stringify(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';

function isHeading(value: unknown): value is LessonHeading {
  if (typeof value !== 'object' || value === null) return false;
  const heading = value as Record<string, unknown>;
  return (heading.depth === 2 || heading.depth === 3) && isString(heading.text) && isString(heading.slug);
}

/** The details a page carries, or null for anything else (no meta, another shape, text that is not JSON). */
export function decodeLessonDetails(text: string | null | undefined): PageLessonDetails | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { lessonId, description, objectives, headings, wordCount } = value as Record<string, unknown>;
  if (!isString(lessonId) || !isString(description) || !Array.isArray(objectives) || !Array.isArray(headings)) {
    return null;
  }
  if (typeof wordCount !== 'number' || !Number.isInteger(wordCount) || wordCount < 0) return null;
  if (!objectives.every(isString) || !headings.every(isHeading)) return null;
  return {
    lessonId,
    description,
    objectives,
    headings: headings.map(({ depth, text: heading, slug }) => ({ depth, text: heading, slug })),
    wordCount,
  };
}
