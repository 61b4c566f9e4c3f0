/**
 * Connects course pages to the learner's progress. Course features never import
 * the progress store; routes call these hooks and pass plain values down.
 */
import { useCallback } from 'react';
import { outline } from 'virtual:course-outline';
import type { ProgressLookup } from '../features/course/progress-view';
import { useProgressData, useProgressStore } from '../features/progress/progress-store';
import {
  hasAnyProgress,
  selectCertificateReady,
  selectLessonBestScore,
  selectLessonStatus,
  selectResumeTarget,
} from '../features/progress/selectors';
import type { LessonMeta } from '../lib/course-types';

const lessonsById = new Map<string, LessonMeta>(
  outline.modules.flatMap((module): [string, LessonMeta][] => module.lessons.map((lesson) => [lesson.id, lesson])),
);

export function useProgressLookup(): ProgressLookup {
  const data = useProgressData();
  return useCallback(
    (lessonId: string) => {
      const lesson = lessonsById.get(lessonId);
      if (!lesson) return { status: 'not-started', bestScore: null };
      const best = selectLessonBestScore(data, lesson);
      return { status: selectLessonStatus(data, lesson), bestScore: best === null ? null : Math.round(best * 100) };
    },
    [data],
  );
}

/** Old lesson id → current id, from the lessons' `previousIds`: a renamed lesson keeps its learners' progress. */
export function lessonRenames(): Record<string, string> {
  return Object.fromEntries(
    [...lessonsById.values()].flatMap((lesson) => (lesson.previousIds ?? []).map((oldId) => [oldId, lesson.id])),
  );
}

/**
 * Old quiz id → current id, from the quizzes' `previousIds`: a renamed quiz keeps its learners'
 * attempts and drafts. The outline carries this map, so no lesson chunk is loaded for it.
 */
export function quizRenames(): Record<string, string> {
  return { ...outline.quizRenames };
}

/**
 * Moves stored progress from renamed lesson, quiz and lab ids to the current ones; called once at
 * start (the store keeps applying the renames to what other tabs write).
 */
export function applyContentRenames(): void {
  const renames = { lessons: lessonRenames(), quizzes: quizRenames(), labs: labRenames() };
  if (Object.values(renames).some((map) => Object.keys(map).length > 0)) {
    useProgressStore.getState().applyRenames(renames);
  }
}

/** Old lab id → current id, from the labs' `previousIds`, carried by the outline like the quizzes'. */
export function labRenames(): Record<string, string> {
  return { ...outline.labRenames };
}

/** Whether every module's assessment is passed, so pages can point to the certificate. */
export function useCertificateReady(): boolean {
  return useProgressStore((state) => selectCertificateReady(state.data, outline));
}

/** Where « Reprendre » leads; null for a learner who has done nothing yet (the home page then says « Commencer »). */
export function useResumeLesson(): LessonMeta | null {
  const data = useProgressData();
  return hasAnyProgress(data) ? selectResumeTarget(data, outline) : null;
}
