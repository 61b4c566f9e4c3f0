import { expect, test } from 'vitest';
import type { CourseOutline } from '../lib/course-types';

const outline: CourseOutline = {
  modules: [
    {
      id: 'm',
      slug: 'm',
      title: 'M',
      summary: '',
      lessons: [
        {
          id: 'nouvel-id',
          moduleSlug: 'm',
          slug: 'a',
          path: '/m/a',
          title: 'A',
          duration: 5,
          kind: 'lesson',
          quizIds: ['quiz-nouveau'],
          labIds: ['lab-nouveau'],
          previousIds: ['ancien-id', 'tres-ancien-id'],
        },
        {
          id: 'autre',
          moduleSlug: 'm',
          slug: 'b',
          path: '/m/b',
          title: 'B',
          duration: 5,
          kind: 'lesson',
          quizIds: [],
        },
      ],
    },
  ],
  quizRenames: { 'quiz-ancien': 'quiz-nouveau' },
  labRenames: { 'lab-ancien': 'lab-nouveau' },
};

test('a lesson renamed with previousIds maps each old id to its current id', async () => {
  const { lessonRenames } = await import('./progress-bindings');
  expect(lessonRenames(outline)).toEqual({ 'ancien-id': 'nouvel-id', 'tres-ancien-id': 'nouvel-id' });
});

test('the quiz renames are the outline’s old quiz id → current id map', async () => {
  const { quizRenames } = await import('./progress-bindings');
  expect(quizRenames(outline)).toEqual({ 'quiz-ancien': 'quiz-nouveau' });
});

test('at start, progress stored under an old id moves to the renamed lesson', async () => {
  const { applyContentRenames } = await import('./progress-bindings');
  const { useProgressStore } = await import('../features/progress/progress-store');
  useProgressStore.getState().visitLesson('ancien-id', '/m/a');
  useProgressStore.getState().setLessonDone('ancien-id', true);
  applyContentRenames(outline);
  const lessons = useProgressStore.getState().data.lessons;
  expect(lessons['ancien-id']).toBeUndefined();
  expect(lessons['nouvel-id']?.markedDoneAt).not.toBeNull();
});

test('a visit recorded under the current id before the renames apply keeps what the old id held', async () => {
  const { applyContentRenames } = await import('./progress-bindings');
  const { useProgressStore } = await import('../features/progress/progress-store');
  useProgressStore.getState().setLessonDone('tres-ancien-id', true);
  // The page records its visit as it hydrates; the whole outline, with the renames, comes after.
  useProgressStore.getState().visitLesson('nouvel-id', '/m/a');
  applyContentRenames(outline);
  const lessons = useProgressStore.getState().data.lessons;
  expect(lessons['tres-ancien-id']).toBeUndefined();
  expect(lessons['nouvel-id']?.markedDoneAt).not.toBeNull();
  expect(lessons['nouvel-id']?.lastVisitAt).toBeDefined();
});

test('at start, attempts and drafts stored under an old quiz id move to the renamed quiz, with its lesson', async () => {
  const { applyContentRenames } = await import('./progress-bindings');
  const { useProgressStore } = await import('../features/progress/progress-store');
  const { attempt, draft, minute } = await import('../features/progress/fixtures/progress-builders');
  const inProgress = draft({ seed: 9, startedAt: minute(50) });
  useProgressStore.getState().recordQuizAttempt('quiz-ancien', 'tres-ancien-id', attempt());
  useProgressStore.getState().saveQuizDraft('quiz-ancien', 'tres-ancien-id', inProgress);
  applyContentRenames(outline);
  const quizzes = useProgressStore.getState().data.quizzes;
  expect(quizzes['quiz-ancien']).toBeUndefined();
  expect(quizzes['quiz-nouveau']).toMatchObject({ lessonId: 'nouvel-id', attempts: [attempt()], draft: inProgress });
});

test('at start, steps done and the session stored under an old lab id move to the renamed lab, with its lesson', async () => {
  const { applyContentRenames, labRenames } = await import('./progress-bindings');
  const { useProgressStore } = await import('../features/progress/progress-store');
  expect(labRenames(outline)).toEqual({ 'lab-ancien': 'lab-nouveau' });
  const store = useProgressStore.getState();
  expect(store.recordLabCommand('lab-ancien', 'ancien-id', { line: 'docker ps', at: 1000 })).toBe(true);
  store.recordLabSteps('lab-ancien', 'ancien-id', ['lancer'], 2);
  applyContentRenames(outline);
  const labs = useProgressStore.getState().data.labs;
  expect(labs['lab-ancien']).toBeUndefined();
  expect(labs['lab-nouveau']).toMatchObject({
    lessonId: 'nouvel-id',
    session: [{ line: 'docker ps', at: 1000 }],
    completedAt: null,
  });
  expect(Object.keys(labs['lab-nouveau']?.steps ?? {})).toEqual(['lancer']);
});
