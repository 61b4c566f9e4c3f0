import type { LessonStatus } from '../../lib/course-types';

/** What course pages need to know of a lesson's progress; the route computes it from the progress store. */
export interface LessonProgressView {
  status: LessonStatus;
  /** Best quiz score of the lesson in percent, or null when no quiz was attempted. */
  bestScore: number | null;
}

export type ProgressLookup = (lessonId: string) => LessonProgressView;
