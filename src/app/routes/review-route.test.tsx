import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, expect, test, vi } from 'vitest';
import { defaultPreferences, PREFERENCES_KEY, usePreferences } from '../../features/preferences/preferences-store';
import { useProgressStore } from '../../features/progress/progress-store';
import { parseQuizSource } from '../../features/quiz/parse-quiz-source';
import { quizMessages } from '../../features/quiz/messages';
import { reviewMessages } from '../../features/review/messages';
import { reviewCard } from '../../features/review/scheduler';
import { I18nProvider, mergeCatalogues } from '../../lib/i18n';
import { cardKey } from '../../lib/review-cards';
import { AppLayout } from '../app-layout';
import { appMessages } from '../messages';
import { ReviewDueSummary } from './progress-route';
import ReviewRoute from './review-route';
import { resetProgress, revisionQuizSource } from '../testing/lesson-fixtures';

const source = revisionQuizSource();

const loads = vi.hoisted(() => ({ count: 0 }));

vi.mock('virtual:course-quizzes', async () => {
  const { parseQuizSource: parse } = await import('../../features/quiz/parse-quiz-source');
  const { revisionQuizSource: quizSource } = await import('../testing/lesson-fixtures');
  const quiz = parse(quizSource()).quiz;
  return {
    questionIds: { 'quiz-revisions': ['noyau', 'image'], 'quiz-autre': ['autre'] },
    quizLoaders: {
      'quiz-revisions': () => {
        loads.count += 1;
        return Promise.resolve({ default: { lessonPath: '/module/conteneurs', lessonTitle: 'Conteneurs', quiz } });
      },
      'quiz-autre': () => Promise.reject(new Error('this quiz is never loaded by these tests')),
    },
  };
});
vi.mock('virtual:course-outline', () => ({
  outline: {
    modules: [{ id: 'm', slug: 'module', title: 'M', summary: '', lessons: [{ quizIds: ['quiz-revisions'] }] }],
  },
}));
vi.mock('../../features/search/search-provider', () => ({
  SearchProvider: ({ children }: { children: React.ReactNode }) => children,
}));
vi.mock('../../features/search/search-button', () => ({ SearchButton: () => null }));

const DAY = 86_400_000;

function missed(questionId: string, daysAgo: number) {
  return reviewCard(null, {
    quizId: 'quiz-revisions',
    questionId,
    right: false,
    at: new Date(Date.now() - daysAgo * DAY),
  });
}

function renderPage() {
  render(
    <MemoryRouter initialEntries={['/revisions']}>
      <I18nProvider lang="fr" catalogue={mergeCatalogues(appMessages, quizMessages, reviewMessages)}>
        <ReviewRoute />
      </I18nProvider>
    </MemoryRouter>,
  );
  return userEvent.setup();
}

beforeEach(() => {
  usePreferences.setState(defaultPreferences);
  expect(parseQuizSource(source).quiz).not.toBeNull();
  resetProgress();
});

test('the cards due are served as questions; a right answer reschedules its card later and the count falls', async () => {
  useProgressStore.getState().recordReviewCards([missed('noyau', 2), missed('image', 3)]);
  const user = renderPage();
  expect(screen.getByRole('heading', { level: 1, name: 'Révisions' })).toBeInTheDocument();
  expect(screen.getByText('2 questions à revoir aujourd’hui.')).toBeInTheDocument();

  const noyau = await screen.findByRole('group', { name: /propre noyau/ });
  await user.click(within(noyau).getByRole('radio', { name: 'Faux' }));
  await user.click(within(noyau).getByRole('button', { name: 'Vérifier' }));

  const card = useProgressStore.getState().data.cards[cardKey('quiz-revisions', 'noyau')];
  expect(card?.reps).toBe(2);
  expect(Date.parse(card!.due)).toBeGreaterThan(Date.now() + DAY);
  expect(screen.getByText('Une question à revoir aujourd’hui.')).toBeInTheDocument();
  // The question answered stays on the page, with its feedback.
  expect(screen.getByRole('group', { name: /propre noyau/ })).toBeInTheDocument();
});

test('a wrong answer reschedules its card too (Again), and a retry does not count twice', async () => {
  useProgressStore.getState().recordReviewCards([missed('image', 2)]);
  const user = renderPage();
  const image = await screen.findByRole('group', { name: /lecture seule/ });
  await user.click(within(image).getByRole('radio', { name: 'Faux' }));
  await user.click(within(image).getByRole('button', { name: 'Vérifier' }));
  const after = useProgressStore.getState().data.cards[cardKey('quiz-revisions', 'image')];
  expect(after?.lapses).toBe(1);
  await user.click(within(image).getByRole('button', { name: 'Réessayer' }));
  await user.click(within(image).getByRole('radio', { name: 'Vrai' }));
  await user.click(within(image).getByRole('button', { name: 'Vérifier' }));
  expect(useProgressStore.getState().data.cards[cardKey('quiz-revisions', 'image')]).toEqual(after);
});

test('nothing due: the page says so and when the next review is; a card of a removed question is left out', () => {
  loads.count = 0;
  const later = reviewCard(null, { quizId: 'quiz-revisions', questionId: 'noyau', right: false, at: new Date() });
  const removed = { ...missed('image', 5), questionId: 'retiree' };
  useProgressStore.getState().recordReviewCards([later, removed]);
  renderPage();
  expect(screen.getByText('Rien à revoir pour l’instant.')).toBeInTheDocument();
  expect(screen.getByText(/^Prochaine révision : \d/)).toBeInTheDocument();
  expect(screen.queryByRole('group')).not.toBeInTheDocument();
  // Nothing to serve: no quiz is loaded.
  expect(loads.count).toBe(0);
});

test('no card at all: the page says where questions come from', () => {
  renderPage();
  expect(screen.getByText('Rien à revoir pour l’instant.')).toBeInTheDocument();
  expect(
    screen.getByText('Les questions que vous manquerez dans les quiz et les examens viendront ici.'),
  ).toBeInTheDocument();
});

test('the header links to « Révisions » with the number due, and none when nothing is due', async () => {
  render(
    <MemoryRouter>
      <I18nProvider lang="fr" catalogue={mergeCatalogues(appMessages, quizMessages, reviewMessages)}>
        <AppLayout />
      </I18nProvider>
    </MemoryRouter>,
  );
  const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
  expect(within(nav).getByRole('link', { name: 'Révisions' })).toHaveAttribute('href', '/revisions');
  useProgressStore.getState().recordReviewCards([missed('noyau', 2), missed('image', 3)]);
  await waitFor(() => expect(within(nav).getByRole('link', { name: 'Révisions 2 à revoir' })).toBeInTheDocument());
});

/** A card known well (missed, then right twice), due today: its next interval depends on the target retention. */
function knownCard() {
  const at = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY);
  let card = reviewCard(null, { quizId: 'quiz-revisions', questionId: 'image', right: false, at: at(60) });
  card = reviewCard(card, { quizId: 'quiz-revisions', questionId: 'image', right: true, at: at(58) });
  return reviewCard(card, { quizId: 'quiz-revisions', questionId: 'image', right: true, at: at(40) });
}

test('the target retention is chosen on the page, stored, and schedules the next answers', async () => {
  const before = knownCard();
  useProgressStore.getState().recordReviewCards([before]);
  const user = renderPage();
  const setting = screen.getByRole('combobox', { name: 'Part des questions à savoir encore quand elles reviennent' });
  expect(setting).toHaveValue('90');
  expect(setting).toHaveAccessibleDescription(/Plus elle est haute, plus les questions reviennent tôt/);
  expect(within(setting).getAllByRole('option')).toHaveLength(16);
  expect(within(setting).getByRole('option', { selected: true })).toHaveTextContent('90 % (par défaut)');
  // A native select (its keyboard use is the browser's: tests/e2e/review.spec.ts).
  await user.selectOptions(setting, '80');
  expect(usePreferences.getState().reviewRetention).toBe(0.8);
  expect(JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? '{}')).toMatchObject({ state: { reviewRetention: 0.8 } });
  const image = await screen.findByRole('group', { name: /lecture seule/ });
  await user.click(within(image).getByRole('radio', { name: 'Vrai' }));
  await user.click(within(image).getByRole('button', { name: 'Vérifier' }));
  const after = useProgressStore.getState().data.cards[cardKey('quiz-revisions', 'image')];
  const at = new Date(Date.parse(after?.lastReview ?? ''));
  const expected = (retention: number) =>
    reviewCard(before, { quizId: 'quiz-revisions', questionId: 'image', right: true, at }, retention).scheduledDays;
  expect(expected(0.8)).toBeGreaterThan(expected(0.9));
  expect(after?.scheduledDays).toBe(expected(0.8));
});

test('the header, the progress page and « Révisions » agree: a removed question’s card is never counted nor served, a renamed quiz’s is', async () => {
  const kept = missed('noyau', 2);
  const renamed = { ...missed('image', 3), quizId: 'quiz-ancien' };
  const removedQuestion = { ...missed('noyau', 4), questionId: 'retiree' };
  const removedQuiz = { ...missed('noyau', 4), quizId: 'quiz-supprime' };
  useProgressStore.getState().recordReviewCards([kept, renamed, removedQuestion, removedQuiz]);
  // At start, the app moves renamed quizzes' progress (their `previousIds`): the card follows.
  useProgressStore.getState().applyRenames({ quizzes: { 'quiz-ancien': 'quiz-revisions' } });
  expect(Object.keys(useProgressStore.getState().data.cards).sort()).toEqual(
    ['quiz-revisions:image', 'quiz-revisions:noyau', 'quiz-revisions:retiree', 'quiz-supprime:noyau'].sort(),
  );
  render(
    <MemoryRouter initialEntries={['/revisions']}>
      <I18nProvider lang="fr" catalogue={mergeCatalogues(appMessages, quizMessages, reviewMessages)}>
        <Routes>
          <Route element={<AppLayout />}>
            <Route
              path="/revisions"
              element={
                <>
                  <ReviewRoute />
                  <ReviewDueSummary />
                </>
              }
            />
          </Route>
        </Routes>
      </I18nProvider>
    </MemoryRouter>,
  );
  const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
  await waitFor(() => expect(within(nav).getByRole('link', { name: 'Révisions 2 à revoir' })).toBeInTheDocument());
  expect(screen.getByText('2 questions à revoir aujourd’hui.')).toBeInTheDocument();
  expect(
    screen.getByText((_text, element) => element?.textContent === 'Révisions\u00a0: 2 à revoir'),
  ).toBeInTheDocument();
  expect(await screen.findByRole('group', { name: /propre noyau/ })).toBeInTheDocument();
  expect(screen.getByRole('group', { name: /lecture seule/ })).toBeInTheDocument();
  expect(screen.getAllByRole('group', { name: /Question \d/ })).toHaveLength(2);
});
