import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { expect, test } from 'vitest';
import type { LessonMeta, ModuleMeta } from '../../lib/course-types';
import { I18nProvider } from '../../lib/i18n';
import { CompletionPage, isCourseCompleted, type AssessmentResult } from './completion-page';
import { completionMessages } from './messages';

function assessment(moduleSlug: string): LessonMeta {
  return {
    id: `${moduleSlug}-evaluation`,
    moduleSlug,
    slug: 'evaluation',
    path: `/${moduleSlug}/evaluation`,
    title: 'Évaluation',
    duration: 20,
    kind: 'assessment',
    quizIds: [`exam-${moduleSlug}`],
  };
}

function result(slug: string, title: string, bestScore: number | null, passedAt: string | null): AssessmentResult {
  const module: ModuleMeta = { id: slug, slug, title, summary: '', lessons: [] };
  return { module, assessment: assessment(slug), bestScore, passed: passedAt !== null, passedAt };
}

/** The page with its name kept in state, as the route keeps it in the progress store. */
function WithName({ results, initialName }: { results: AssessmentResult[]; initialName: string }) {
  const [name, setName] = useState(initialName);
  return (
    <CompletionPage courseTitle="Docker" results={results} name={name} onNameChange={setName} nameMaxLength={100} />
  );
}

function renderPage(results: AssessmentResult[], initialName = '') {
  const { container } = render(
    <I18nProvider lang="fr" catalogue={completionMessages}>
      <MemoryRouter>
        <WithName results={results} initialName={initialName} />
      </MemoryRouter>
    </I18nProvider>,
  );
  return container;
}

const allPassed = [
  result('virtualisation', 'Virtualisation', 85, '2026-03-01T10:00:00.000Z'),
  result('conteneurisation', 'Conteneurisation', 90, '2026-03-05T10:00:00.000Z'),
  result('observabilite', 'Observabilité', 72, '2026-03-03T10:00:00.000Z'),
];

test('with an assessment left, the page says what remains and links to it', () => {
  renderPage([
    result('virtualisation', 'Virtualisation', 85, '2026-03-01T10:00:00.000Z'),
    result('conteneurisation', 'Conteneurisation', 55, null),
    result('observabilite', 'Observabilité', null, null),
  ]);
  expect(screen.getByText(/devient votre attestation/)).toBeInTheDocument();
  const rows = screen.getAllByRole('row');
  expect(within(rows[1]!).getByText('Réussie')).toBeInTheDocument();
  expect(within(rows[2]!).getByRole('link', { name: /Pas encore réussie/ })).toHaveAttribute(
    'href',
    '/conteneurisation/evaluation',
  );
  expect(within(rows[3]!).getByRole('link', { name: /Pas encore tentée/ })).toHaveAttribute(
    'href',
    '/observabilite/evaluation',
  );
  expect(screen.queryByRole('button', { name: /Imprimer/ })).not.toBeInTheDocument();
});

test('once the three assessments are passed, the certificate shows with the last date and can be printed', () => {
  const results = [
    result('virtualisation', 'Virtualisation', 85, '2026-03-01T10:00:00.000Z'),
    result('conteneurisation', 'Conteneurisation', 90, '2026-03-05T10:00:00.000Z'),
    result('observabilite', 'Observabilité', 72, '2026-03-03T10:00:00.000Z'),
  ];
  expect(isCourseCompleted(results)).toBe(true);
  renderPage(results);
  expect(screen.getByText(/Félicitations/)).toHaveTextContent('« Docker »');
  expect(screen.getByText(/le 5 mars 2026/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Imprimer l’attestation' })).toBeInTheDocument();
});

test('no module means no certificate', () => {
  expect(isCourseCompleted([])).toBe(false);
});

test('the learner writes their name on the certificate', async () => {
  renderPage(allPassed, 'Ada');
  const field = screen.getByRole('textbox', { name: 'Votre nom sur l’attestation' });
  expect(field).toHaveValue('Ada');
  expect(field).toHaveAccessibleDescription(/gardé avec votre progression/);
  await userEvent.type(field, ' Lovelace');
  expect(screen.getByText(/Décernée à/)).toHaveTextContent('Décernée à Ada Lovelace');
  await userEvent.clear(field);
  expect(screen.queryByText(/Décernée à/)).not.toBeInTheDocument();
});

test('the medal is an SVG, not an emoji, and the form and button sit in the part that print hides', () => {
  const container = renderPage(allPassed, 'Ada');
  expect(container).not.toHaveTextContent(/\p{Extended_Pictographic}/u);
  const medal = container.querySelector('.completion-certificate svg');
  expect(medal).not.toBeNull();
  expect(medal).toHaveAttribute('aria-hidden', 'true');
  const actions = container.querySelector('.completion-actions');
  expect(actions).toContainElement(screen.getByRole('button', { name: 'Imprimer l’attestation' }));
  expect(actions).toContainElement(screen.getByRole('textbox', { name: 'Votre nom sur l’attestation' }));
});
