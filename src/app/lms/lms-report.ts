/**
 * What the LMS is told, derived from the learner's progress and the course outline.
 *
 * - Completed: every lesson of the course is completed (the progress page's rule).
 * - Score: the mean of the module exams' best scores (lessons of kind `assessment`), 0–100.
 * - Passed: every module exam has a passed attempt (each against its own pass mark). Failed:
 *   every exam has been taken and at least one is not passed yet. Before that, nothing is judged:
 *   one good answer, or one passed exam out of three, never reports "passed".
 */
import { hasPassedQuiz, selectBestScore, selectCourseCompletion } from '../../features/progress/selectors';
import type { ProgressData } from '../../features/progress/progress-schema';
import type { CourseOutline } from '../../lib/course-types';
import type { LmsReport } from '../../lib/lms/lms-session';

export function examQuizIds(outline: CourseOutline): string[] {
  return outline.modules.flatMap((module) =>
    module.lessons.filter((lesson) => lesson.kind === 'assessment').flatMap((lesson) => lesson.quizIds),
  );
}

export function computeReport(data: ProgressData, outline: CourseOutline): Omit<LmsReport, 'suspendData'> {
  const exams = examQuizIds(outline);
  const bests = exams.map((quizId) => selectBestScore(data, quizId));
  const taken = bests.filter((best): best is number => best !== null);
  const allPassed = exams.length > 0 && exams.every((quizId) => hasPassedQuiz(data, quizId));
  const completion = selectCourseCompletion(data, outline);
  return {
    completed: completion.total > 0 && completion.completed === completion.total,
    passed: allPassed ? true : taken.length === exams.length && exams.length > 0 ? false : null,
    // Exams not taken count as 0: the score says how much of the whole assessment is done.
    score:
      taken.length === 0
        ? null
        : Math.round((taken.reduce((sum, best) => sum + best, 0) / exams.length) * 10_000) / 100,
    progress: completion.ratio,
    location: data.lastLocation?.path ?? null,
  };
}
