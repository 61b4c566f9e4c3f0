import { expect, test, vi } from 'vitest';

vi.mock('virtual:course-outline', () => ({
  outline: {
    modules: [
      {
        id: 'm',
        slug: 'm',
        title: 'M',
        order: 1,
        summary: '',
        lessons: [
          {
            id: 'nouvel-id',
            moduleSlug: 'm',
            slug: 'a',
            path: '/m/a',
            title: 'A',
            description: '',
            order: 1,
            duration: 5,
            topics: [],
            kind: 'lesson',
            draft: false,
            quizIds: [],
            wordCount: 0,
            previousIds: ['ancien-id', 'tres-ancien-id'],
          },
          {
            id: 'autre',
            moduleSlug: 'm',
            slug: 'b',
            path: '/m/b',
            title: 'B',
            description: '',
            order: 2,
            duration: 5,
            topics: [],
            kind: 'lesson',
            draft: false,
            quizIds: [],
            wordCount: 0,
          },
        ],
      },
    ],
  },
}));

test('a lesson renamed with previousIds maps each old id to its current id', async () => {
  const { lessonRenames } = await import('./progress-bindings');
  expect(lessonRenames()).toEqual({ 'ancien-id': 'nouvel-id', 'tres-ancien-id': 'nouvel-id' });
});

test('at start, progress stored under an old id moves to the renamed lesson', async () => {
  const { applyLessonRenames } = await import('./progress-bindings');
  const { useProgressStore } = await import('../features/progress/progress-store');
  useProgressStore.getState().visitLesson('ancien-id', '/m/a');
  useProgressStore.getState().setLessonDone('ancien-id', true);
  applyLessonRenames();
  const lessons = useProgressStore.getState().data.lessons;
  expect(lessons['ancien-id']).toBeUndefined();
  expect(lessons['nouvel-id']?.markedDoneAt).not.toBeNull();
});
