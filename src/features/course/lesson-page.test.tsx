import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { expect, test, vi } from 'vitest';
import type { CourseOutline, LessonMeta, LessonWithDetails } from '../../lib/course-types';
import { I18nProvider } from '../../lib/i18n';
import { LessonPage } from './lesson-page';
import { courseFrame, knownOutline, moduleLessons } from './outline';
import { courseMessages } from './messages';
import type { LessonProgressView } from './progress-view';

function lesson(id: string, extra: Partial<LessonMeta> = {}): LessonWithDetails {
  return {
    id,
    moduleSlug: 'demo',
    slug: id,
    path: `/demo/${id}`,
    title: `Leçon ${id}`,
    description: 'Une leçon.',
    duration: 10,
    kind: 'lesson',
    quizIds: [],
    wordCount: 900,
    objectives: ['Comprendre'],
    headings: [],
    ...extra,
  };
}

const withQuiz = lesson('avec-quiz', { quizIds: ['quiz-demo'] });
const withoutQuiz = lesson('sans-quiz');
const exam = lesson('evaluation', { kind: 'assessment', quizIds: ['exam-demo'] });
const module = {
  id: 'demo',
  slug: 'demo',
  title: 'Démo',
  summary: '',
  lessons: [withQuiz, withoutQuiz, exam],
};
const course: CourseOutline = { modules: [module] };
const outline = knownOutline(courseFrame(course), course);
const frameModule = outline.frame.modules[0]!;
const part = moduleLessons(course, 'demo')!;

function renderLesson(
  shown: LessonWithDetails,
  state: { markedDone: boolean; quizzesPassed: boolean; status: LessonProgressView['status'] },
) {
  const onToggleDone = vi.fn();
  render(
    <I18nProvider lang="fr" catalogue={courseMessages}>
      <MemoryRouter>
        <LessonPage
          outline={outline}
          module={frameModule}
          part={part}
          lesson={shown}
          lookup={() => ({ status: state.status, bestScore: null })}
          markedDone={state.markedDone}
          quizzesPassed={state.quizzesPassed}
          onToggleDone={onToggleDone}
        >
          <p>Corps</p>
        </LessonPage>
      </MemoryRouter>
    </I18nProvider>,
  );
  return onToggleDone;
}

test('a lesson whose quiz is passed is completed, with no « Marquer comme terminée » left at its foot', () => {
  renderLesson(withQuiz, { markedDone: false, quizzesPassed: true, status: 'done' });
  expect(screen.queryByRole('button', { name: /Marquer comme/ })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Leçon terminée/ })).not.toBeInTheDocument();
  expect(screen.getByText('Leçon terminée : vous avez réussi son quiz.')).toBeInTheDocument();
});

test('a lesson marked done and whose quiz is passed offers no un-marking that would change nothing', () => {
  renderLesson(withQuiz, { markedDone: true, quizzesPassed: true, status: 'done' });
  expect(screen.queryByRole('button', { name: /terminée/ })).not.toBeInTheDocument();
});

test('a lesson without a passed quiz can still be marked done, and un-marked', async () => {
  const onToggleDone = renderLesson(withoutQuiz, { markedDone: false, quizzesPassed: false, status: 'in-progress' });
  await userEvent.click(screen.getByRole('button', { name: 'Marquer comme terminée' }));
  expect(onToggleDone).toHaveBeenCalledWith(true);
});

test('an assessment cannot be marked done: it is completed only by passing it', () => {
  renderLesson(exam, { markedDone: false, quizzesPassed: false, status: 'in-progress' });
  expect(screen.queryByRole('button', { name: /Marquer comme/ })).not.toBeInTheDocument();
  expect(screen.getByText(/Cette évaluation est terminée quand vous la réussissez/)).toBeInTheDocument();
});

test('a passed assessment says so', () => {
  renderLesson(exam, { markedDone: false, quizzesPassed: true, status: 'done' });
  expect(screen.getByText('Évaluation réussie : le module est validé.')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /terminée/ })).not.toBeInTheDocument();
});
