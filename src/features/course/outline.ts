/**
 * Pure lookups over the course outline: finding a module or lesson, the
 * course order, previous/next, durations. No React, no lesson bodies.
 */
import type { CourseOutline, LessonMeta, ModuleMeta } from '../../lib/course-types';

export function findModule(outline: CourseOutline, moduleSlug: string): ModuleMeta | undefined {
  return outline.modules.find((module) => module.slug === moduleSlug);
}

export function findLesson(outline: CourseOutline, moduleSlug: string, lessonSlug: string): LessonMeta | undefined {
  return findModule(outline, moduleSlug)?.lessons.find((lesson) => lesson.slug === lessonSlug);
}

export function listLessons(outline: CourseOutline): LessonMeta[] {
  return outline.modules.flatMap((module) => module.lessons);
}

export function findNeighbours(outline: CourseOutline, lessonId: string): { previous?: LessonMeta; next?: LessonMeta } {
  const lessons = listLessons(outline);
  const index = lessons.findIndex((lesson) => lesson.id === lessonId);
  if (index === -1) return {};
  return { previous: lessons[index - 1], next: lessons[index + 1] };
}

export function totalDuration(lessons: readonly LessonMeta[]): number {
  return lessons.reduce((sum, lesson) => sum + lesson.duration, 0);
}

/** Reading time at about 200 words a minute, at least one minute. */
export function readingMinutes(lesson: LessonMeta): number {
  return Math.max(1, Math.round(lesson.wordCount / 200));
}

/**
 * The lesson that teaches a question's topics, for a question that has no section of its own
 * lesson to point to (a module exam): the first published lesson, in course order, of kind
 * `lesson` that teaches the question's first topic it can find, preferring the question's module.
 */
export function findTeachingLesson(
  outline: CourseOutline,
  topics: readonly string[],
  moduleSlug: string,
): LessonMeta | undefined {
  const teaching = listLessons(outline).filter((lesson) => lesson.kind === 'lesson' && !lesson.draft);
  const ranked = [
    ...teaching.filter((lesson) => lesson.moduleSlug === moduleSlug),
    ...teaching.filter((lesson) => lesson.moduleSlug !== moduleSlug),
  ];
  for (const topic of topics) {
    const found = ranked.find((lesson) => lesson.topics.includes(topic));
    if (found) return found;
  }
  return undefined;
}
