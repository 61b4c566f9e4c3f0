import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { useProgressStore } from '../features/progress/progress-store';
import { parseQuizSource } from '../features/quiz/parse-quiz-source';
import { quizMessages } from '../features/quiz/messages';
import { reviewCard } from '../features/review/scheduler';
import { I18nProvider, mergeCatalogues } from '../lib/i18n';
import { cardKey } from '../lib/review-cards';
import { appMessages } from './messages';
import type { QuizDraft } from '../lib/quiz-records';
import { draftWrite, LessonContext, LessonQuiz, loadQuizView } from './lesson-quiz';
import { resetProgress, revisionQuizSource, testLesson } from './testing/lesson-fixtures';

vi.mock('virtual:course-outline', () => ({ outline: { modules: [] } }));

const DAY = 86_400_000;

const lesson = testLesson({ kind: 'practice', quizIds: ['quiz-revisions'] });

function quizData(mode: 'practice' | 'exam'): string {
  const { quiz, errors } = parseQuizSource(revisionQuizSource([`mode: ${mode}`, 'passMark: 50']));
  if (!quiz) throw new Error(errors.map((error) => error.message).join('\n'));
  return JSON.stringify(quiz);
}

function renderQuiz(mode: 'practice' | 'exam') {
  render(
    <MemoryRouter>
      <I18nProvider lang="fr" catalogue={mergeCatalogues(appMessages, quizMessages)}>
        <LessonContext value={lesson}>
          <LessonQuiz data={quizData(mode)} />
        </LessonContext>
      </I18nProvider>
    </MemoryRouter>,
  );
  return userEvent.setup();
}

function question(name: RegExp) {
  return screen.findByRole('group', { name });
}

const cards = () => useProgressStore.getState().data.cards;

// The quiz view's chunk, loaded once as main.tsx does before a lesson with a quiz is shown.
beforeAll(async () => {
  await loadQuizView();
}, 20_000);

beforeEach(() => {
  resetProgress();
});

test('practice: a question missed at first check becomes a review card due later; one right at first try makes none', async () => {
  const user = renderQuiz('practice');
  const noyau = await question(/propre noyau/);
  await user.click(within(noyau).getByRole('radio', { name: 'Vrai' }));
  await user.click(within(noyau).getByRole('button', { name: 'Vérifier' }));
  const image = await question(/lecture seule/);
  await user.click(within(image).getByRole('radio', { name: 'Vrai' }));
  await user.click(within(image).getByRole('button', { name: 'Vérifier' }));

  await waitFor(() => expect(Object.keys(cards())).toEqual([cardKey('quiz-revisions', 'noyau')]));
  const card = cards()[cardKey('quiz-revisions', 'noyau')];
  expect(Date.parse(card!.due) - Date.now()).toBeGreaterThanOrEqual(DAY - 60_000);
  expect(card!.reps).toBe(1);
});

test('practice: a retry after a miss neither adds a review nor removes the card', async () => {
  const user = renderQuiz('practice');
  const noyau = await question(/propre noyau/);
  await user.click(within(noyau).getByRole('radio', { name: 'Vrai' }));
  await user.click(within(noyau).getByRole('button', { name: 'Vérifier' }));
  await waitFor(() => expect(cards()[cardKey('quiz-revisions', 'noyau')]?.reps).toBe(1));

  await user.click(within(noyau).getByRole('button', { name: 'Réessayer' }));
  await user.click(within(noyau).getByRole('radio', { name: 'Faux' }));
  await user.click(within(noyau).getByRole('button', { name: 'Vérifier' }));
  // Give a wrongly counted retry the time to be stored before looking.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(cards()[cardKey('quiz-revisions', 'noyau')]?.reps).toBe(1);
});

test('exam: every missed answer becomes a card at submission, and a right one makes none', async () => {
  const user = renderQuiz('exam');
  await user.click(within(await question(/propre noyau/)).getByRole('radio', { name: 'Vrai' }));
  await user.click(within(await question(/lecture seule/)).getByRole('radio', { name: 'Faux' }));
  expect(cards()).toEqual({});
  await user.click(screen.getByRole('button', { name: 'Soumettre' }));

  await waitFor(() =>
    expect(Object.keys(cards()).sort()).toEqual([
      cardKey('quiz-revisions', 'image'),
      cardKey('quiz-revisions', 'noyau'),
    ]),
  );
});

test('exam: a card already there is rescheduled by a right answer (Good), later than it was due', async () => {
  const missedBefore = reviewCard(null, {
    quizId: 'quiz-revisions',
    questionId: 'image',
    right: false,
    at: new Date(Date.now() - 3 * DAY),
  });
  useProgressStore.getState().recordReviewCards([missedBefore]);
  const user = renderQuiz('exam');
  await user.click(within(await question(/propre noyau/)).getByRole('radio', { name: 'Faux' }));
  await user.click(within(await question(/lecture seule/)).getByRole('radio', { name: 'Vrai' }));
  await user.click(screen.getByRole('button', { name: 'Soumettre' }));

  await waitFor(() => expect(cards()[cardKey('quiz-revisions', 'image')]?.reps).toBe(missedBefore.reps + 1));
  const after = cards()[cardKey('quiz-revisions', 'image')]!;
  expect(Date.parse(after.due)).toBeGreaterThan(Date.now() + DAY);
  expect(cards()[cardKey('quiz-revisions', 'noyau')]).toBeUndefined();
});

test('a quiz outside a lesson (no LessonContext) stops with a clear error instead of recording progress under no lesson', () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  expect(() =>
    render(
      <MemoryRouter>
        <I18nProvider lang="fr" catalogue={mergeCatalogues(appMessages, quizMessages)}>
          <LessonQuiz data={quizData('practice')} />
        </I18nProvider>
      </MemoryRouter>,
    ),
  ).toThrow('Quiz is rendered outside a lesson: no LessonContext around it');
  expect(useProgressStore.getState().data.quizzes).toEqual({});
  vi.mocked(console.error).mockRestore();
});

test('a change of answers only, in the same attempt, is written in a batch; a new attempt, a check or a hint at once', () => {
  const typed = (text: string): QuizDraft => ({
    seed: 1,
    startedAt: '2025-01-01T00:00:00.000Z',
    answers: { q: text },
    checked: {},
    hintsUsed: {},
  });
  expect(draftWrite(typed('o'), typed('ov'))).toBe('batched');
  expect(draftWrite(null, typed('o'))).toBe('now');
  expect(draftWrite(typed('o'), null)).toBe('now');
  expect(draftWrite(typed('o'), { ...typed('o'), seed: 2 })).toBe('now');
  expect(draftWrite(typed('o'), { ...typed('o'), checked: { q: 1 }, firstChecked: { q: 1 } })).toBe('now');
  expect(draftWrite(typed('o'), { ...typed('o'), hintsUsed: { q: 1 } })).toBe('now');
});
