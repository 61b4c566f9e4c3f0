/**
 * Connects course pages to the learner's progress. Course features never import
 * the progress store; routes call these hooks and pass plain values down.
 */
import { useCallback, useMemo } from 'react';
import { useKnownOutline } from '../features/course/known-outline';
import { listLessons } from '../features/course/outline';
import type { ProgressLookup } from '../features/course/progress-view';
import { useProgressData, useProgressStore } from '../features/progress/progress-store';
import {
  hasAnyProgress,
  selectCertificateReady,
  selectLessonBestScore,
  selectLessonStatus,
  selectResumeTarget,
} from '../features/progress/selectors';
import type { CourseOutline, LessonMeta } from '../lib/course-types';

/**
 * A lesson's status and best score, for the lessons the page knows (its module's at first, every
 * lesson once the whole outline is here); a lesson it does not know yet reads as not started.
 */
export function useProgressLookup(): ProgressLookup {
  const data = useProgressData();
  const { lessons } = useKnownOutline();
  const lessonsById = useMemo(
    () =>
      new Map<string, LessonMeta>(
        Object.values(lessons).flatMap((part) =>
          part.lessons.map((lesson): [string, LessonMeta] => [lesson.id, lesson]),
        ),
      ),
    [lessons],
  );
  return useCallback(
    (lessonId: string) => {
      const lesson = lessonsById.get(lessonId);
      if (!lesson) return { status: 'not-started', bestScore: null };
      const best = selectLessonBestScore(data, lesson);
      return { status: selectLessonStatus(data, lesson), bestScore: best === null ? null : Math.round(best * 100) };
    },
    [data, lessonsById],
  );
}

/** Old lesson id → current id, from the lessons' `previousIds`: a renamed lesson keeps its learners' progress. */
export function lessonRenames(outline: CourseOutline): Record<string, string> {
  return Object.fromEntries(
    listLessons(outline).flatMap((lesson) => (lesson.previousIds ?? []).map((oldId) => [oldId, lesson.id])),
  );
}

/**
 * Old quiz id → current id, from the quizzes' `previousIds`: a renamed quiz keeps its learners'
 * attempts and drafts. The outline carries this map, so no lesson chunk is loaded for it.
 */
export function quizRenames(outline: CourseOutline): Record<string, string> {
  return { ...outline.quizRenames };
}

/**
 * Moves stored progress from renamed lesson, quiz and lab ids to the current ones; called once the
 * whole outline is here (what is stored under an old id merges with what is under the new one, as two
 * copies do, and the store keeps applying the renames to what other tabs write).
 */
export function applyContentRenames(outline: CourseOutline): void {
  const renames = { lessons: lessonRenames(outline), quizzes: quizRenames(outline), labs: labRenames(outline) };
  if (Object.values(renames).some((map) => Object.keys(map).length > 0)) {
    useProgressStore.getState().applyRenames(renames);
  }
}

/** Old lab id → current id, from the labs' `previousIds`, carried by the outline like the quizzes'. */
export function labRenames(outline: CourseOutline): Record<string, string> {
  return { ...outline.labRenames };
}

/** Whether every module's assessment is passed, so pages can point to the certificate (false until the whole outline is here). */
export function useCertificateReady(): boolean {
  const { full } = useKnownOutline();
  return useProgressStore((state) => (full ? selectCertificateReady(state.data, full) : false));
}

/**
 * Where « Reprendre » leads; null for a learner who has done nothing yet (the home page then says
 * « Commencer »), and until the whole outline is here.
 */
export function useResumeLesson(): LessonMeta | null {
  const data = useProgressData();
  const { full } = useKnownOutline();
  return full && hasAnyProgress(data) ? selectResumeTarget(data, full) : null;
}
