import { render, screen, within } from '@testing-library/react';
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
    description: '',
    order: 9,
    duration: 20,
    topics: [],
    kind: 'assessment',
    draft: false,
    quizIds: [`exam-${moduleSlug}`],
    wordCount: 50,
  };
}

function result(slug: string, title: string, bestScore: number | null, passedAt: string | null): AssessmentResult {
  const module: ModuleMeta = { id: slug, slug, title, order: 1, summary: '', lessons: [] };
  return { module, assessment: assessment(slug), bestScore, passed: passedAt !== null, passedAt };
}

function renderPage(results: AssessmentResult[]) {
  render(
    <I18nProvider lang="fr" catalogue={completionMessages}>
      <MemoryRouter>
        <CompletionPage courseTitle="Docker" results={results} />
      </MemoryRouter>
    </I18nProvider>,
  );
}

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
