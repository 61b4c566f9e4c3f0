import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, expect, test, vi } from 'vitest';
import { createEmptyProgress } from '../../features/progress/progress-schema';
import { useProgressStore } from '../../features/progress/progress-store';
import { parseQuizSource } from '../../features/quiz/parse-quiz-source';
import { quizMessages } from '../../features/quiz/messages';
import { reviewMessages } from '../../features/review/messages';
import { reviewCard } from '../../features/review/scheduler';
import { I18nProvider, mergeCatalogues } from '../../lib/i18n';
import { cardKey } from '../../lib/review-cards';
import { AppLayout } from '../app-layout';
import { appMessages } from '../messages';
import ReviewRoute from './review-route';

const source = vi.hoisted(
  () => `id: quiz-revisions
questions:
  - id: noyau
    type: truefalse
    prompt: Un conteneur embarque son propre noyau.
    answer: false
  - id: image
    type: truefalse
    prompt: Une image est en lecture seule.
    answer: true
`,
);

vi.mock('virtual:course-quizzes', async () => {
  const { parseQuizSource: parse } = await import('../../features/quiz/parse-quiz-source');
  const quiz = parse(source).quiz;
  return { quizzes: { 'quiz-revisions': { lessonPath: '/module/conteneurs', lessonTitle: 'Conteneurs', quiz } } };
});
vi.mock('virtual:course-outline', () => ({
  outline: {
    modules: [
      { id: 'm', slug: 'module', title: 'M', order: 1, summary: '', lessons: [{ quizIds: ['quiz-revisions'] }] },
    ],
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
  expect(parseQuizSource(source).quiz).not.toBeNull();
  useProgressStore.setState({ data: createEmptyProgress(), storage: 'ok' });
});

test('the cards due are served as questions; a right answer reschedules its card later and the count falls', async () => {
  useProgressStore.getState().recordReviewCards([missed('noyau', 2), missed('image', 3)]);
  const user = renderPage();
  expect(screen.getByRole('heading', { level: 1, name: 'Révisions' })).toBeInTheDocument();
  expect(screen.getByText('2 questions à revoir aujourd’hui.')).toBeInTheDocument();

  const noyau = screen.getByRole('group', { name: /propre noyau/ });
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
  const image = screen.getByRole('group', { name: /lecture seule/ });
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
  const later = reviewCard(null, { quizId: 'quiz-revisions', questionId: 'noyau', right: false, at: new Date() });
  const removed = { ...missed('image', 5), questionId: 'retiree' };
  useProgressStore.getState().recordReviewCards([later, removed]);
  renderPage();
  expect(screen.getByText('Rien à revoir pour l’instant.')).toBeInTheDocument();
  expect(screen.getByText(/^Prochaine révision : \d/)).toBeInTheDocument();
  expect(screen.queryByRole('group')).not.toBeInTheDocument();
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
