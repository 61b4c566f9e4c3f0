/**
 * What the app's binding tests share (lesson-quiz, lesson-lab, review-route): a lesson to put
 * in `LessonContext`, the two-question quiz they answer, and the progress as a first visit has it.
 */
import { createEmptyProgress } from '../../features/progress/progress-schema';
import { useProgressStore } from '../../features/progress/progress-store';
import type { LessonWithDetails } from '../../lib/course-types';

/** The lesson « Conteneurs » of module « module », with the kind and quizzes a test needs. */
export function testLesson({ kind, quizIds }: Pick<LessonWithDetails, 'kind' | 'quizIds'>): LessonWithDetails {
  return {
    id: 'conteneurs',
    moduleSlug: 'module',
    slug: 'conteneurs',
    path: '/module/conteneurs',
    title: 'Conteneurs',
    description: '',
    duration: 5,
    kind,
    quizIds,
    wordCount: 0,
    objectives: [],
    headings: [],
  };
}

/** The quiz `quiz-revisions` (two true/false questions, `noyau` and `image`), its `settings` lines after its id. */
export function revisionQuizSource(settings: readonly string[] = []): string {
  return [
    'id: quiz-revisions',
    ...settings,
    'questions:',
    '  - id: noyau',
    '    type: truefalse',
    '    prompt: Un conteneur embarque son propre noyau.',
    '    answer: false',
    '  - id: image',
    '    type: truefalse',
    '    prompt: Une image est en lecture seule.',
    '    answer: true',
    '',
  ].join('\n');
}

/** Empty progress, storage working: before each test. */
export function resetProgress(): void {
  useProgressStore.setState({ data: createEmptyProgress(), storage: 'ok' });
}
