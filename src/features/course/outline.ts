/**
 * Pure lookups over the course outline: finding a module or lesson, the
 * course order, previous/next, durations. No React, no lesson bodies.
 */
import type {
  CourseFrame,
  CourseOutline,
  KnownOutline,
  LessonDetails,
  LessonMeta,
  ModuleLessons,
  ModuleMeta,
} from '../../lib/course-types';

export function findModule(outline: CourseOutline, moduleSlug: string): ModuleMeta | undefined {
  return outline.modules.find((module) => module.slug === moduleSlug);
}

export function findLesson(outline: CourseOutline, moduleSlug: string, lessonSlug: string): LessonMeta | undefined {
  return findModule(outline, moduleSlug)?.lessons.find((lesson) => lesson.slug === lessonSlug);
}

export function listLessons(outline: CourseOutline): LessonMeta[] {
  return outline.modules.flatMap((module) => module.lessons);
}

/** The frame of a course (`virtual:course-frame`): its modules without their lessons, and its first lesson. */
export function courseFrame(outline: CourseOutline): CourseFrame {
  return {
    modules: outline.modules.map(({ lessons, ...module }) => ({
      ...module,
      lessonCount: lessons.length,
      duration: totalDuration(lessons),
    })),
    firstLesson: listLessons(outline)[0] ?? null,
  };
}

/** A module's lessons with its neighbours in the course path; undefined for a slug that is no module of the course. */
export function moduleLessons(outline: CourseOutline, moduleSlug: string): ModuleLessons | undefined {
  const index = outline.modules.findIndex((module) => module.slug === moduleSlug);
  const module = outline.modules[index];
  if (!module) return undefined;
  const previous = outline.modules
    .slice(0, index)
    .reverse()
    .find((candidate) => candidate.lessons.length > 0)
    ?.lessons.at(-1);
  const next = outline.modules.slice(index + 1).find((candidate) => candidate.lessons.length > 0)?.lessons[0];
  return { lessons: module.lessons, ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** What a page knows once the whole outline is here: every module's lessons. */
export function knownOutline(frame: CourseFrame, full: CourseOutline): KnownOutline {
  const lessons: Record<string, ModuleLessons> = {};
  for (const module of full.modules) lessons[module.slug] = moduleLessons(full, module.slug)!;
  return { frame, lessons, full };
}

/** A lesson's neighbours in the course path, from its module's lessons. */
export function neighboursIn(part: ModuleLessons, lessonId: string): { previous?: LessonMeta; next?: LessonMeta } {
  const index = part.lessons.findIndex((lesson) => lesson.id === lessonId);
  if (index === -1) return {};
  return { previous: part.lessons[index - 1] ?? part.previous, next: part.lessons[index + 1] ?? part.next };
}

export function totalDuration(lessons: readonly LessonMeta[]): number {
  return lessons.reduce((sum, lesson) => sum + lesson.duration, 0);
}

/** Reading time at about 200 words a minute, at least one minute. */
export function readingMinutes(lesson: Pick<LessonDetails, 'wordCount'>): number {
  return Math.max(1, Math.round(lesson.wordCount / 200));
}

/** A lesson that teaches a topic, as the quizzes' review links need it. */
export type TeachingLesson = Pick<LessonMeta, 'id' | 'moduleSlug' | 'slug' | 'title'>;

/** Each syllabus topic's teaching lessons (published, of kind `lesson`), in course order. */
export type TeachingIndex = Record<string, TeachingLesson[]>;

/**
 * The teaching index of a course, built with it (`virtual:course-teaching`): the topics stay out of
 * the outline every page loads, and only the quizzes fetch it.
 */
export function teachingIndex(
  outline: CourseOutline,
  topicsOf: (lesson: LessonMeta) => readonly string[],
): TeachingIndex {
  const index: TeachingIndex = {};
  for (const lesson of listLessons(outline)) {
    if (lesson.kind !== 'lesson' || lesson.draft) continue;
    const { id, moduleSlug, slug, title } = lesson;
    for (const topic of topicsOf(lesson)) (index[topic] ??= []).push({ id, moduleSlug, slug, title });
  }
  return index;
}

/**
 * The lesson that teaches a question's topics, for a question that has no section of its own
 * lesson to point to (a module exam): the first published lesson, in course order, of kind
 * `lesson` that teaches the question's first topic it can find, preferring the question's module.
 */
export function findTeachingLesson(
  index: TeachingIndex,
  topics: readonly string[],
  moduleSlug: string,
): TeachingLesson | undefined {
  for (const topic of topics) {
    const teaching = index[topic] ?? [];
    const found = teaching.find((lesson) => lesson.moduleSlug === moduleSlug) ?? teaching[0];
    if (found) return found;
  }
  return undefined;
}
