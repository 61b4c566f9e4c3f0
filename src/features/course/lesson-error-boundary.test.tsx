import { act, render, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { recordBuildError } from '../../lib/dev-build-errors';
import { I18nProvider } from '../../lib/i18n';
import { LessonErrorBoundary } from './lesson-error-boundary';
import { courseMessages } from './messages';

/** What Chromium says when the dev server answers a lesson's import with a compile error. */
const failedImport = new TypeError(
  'Failed to fetch dynamically imported module: http://localhost:5173/content/demo/lecon.mdx?lesson',
);

function Throws({ error }: { error: unknown }): never {
  throw error;
}

function renderFailure(error: unknown) {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  return render(
    <I18nProvider lang="fr" catalogue={courseMessages}>
      <LessonErrorBoundary resetKey="demo-lecon">
        <Throws error={error} />
      </LessonErrorBoundary>
    </I18nProvider>,
  );
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

test('in development, a lesson that does not compile names its file and line, not the network', () => {
  renderFailure(failedImport);
  const alert = screen.getByRole('alert');
  // (The text matcher reads the no-break space before « : » as a plain space.)
  expect(alert).toHaveTextContent('Cette leçon contient une erreur : content/demo/lecon.mdx.');
  expect(alert).not.toHaveTextContent(/hors ligne/);
  // The dev server reports the place (its error overlay's payload): the line joins the message.
  act(() =>
    recordBuildError({
      id: '/projet/content/demo/lecon.mdx',
      loc: { file: '/projet/content/demo/lecon.mdx', line: 12, column: 3 },
    }),
  );
  expect(alert).toHaveTextContent('Cette leçon contient une erreur : content/demo/lecon.mdx, ligne 12.');
  expect(screen.getByRole('button', { name: 'Recharger la page' })).toBeInTheDocument();
});

test('an error reported for another file does not give this lesson a line', () => {
  act(() => recordBuildError({ loc: { file: '/projet/content/demo/autre.mdx', line: 4, column: 1 } }));
  renderFailure(
    new TypeError(
      'Failed to fetch dynamically imported module: http://localhost:5173/content/demo/troisieme.mdx?lesson',
    ),
  );
  expect(screen.getByRole('alert')).toHaveTextContent('Cette leçon contient une erreur : content/demo/troisieme.mdx.');
});

test('in production, a chunk that cannot be downloaded still says the learner may be offline', () => {
  vi.stubEnv('DEV', false);
  renderFailure(failedImport);
  expect(screen.getByRole('alert')).toHaveTextContent(/vous êtes peut-être hors ligne/);
  expect(screen.getByRole('alert')).not.toHaveTextContent(/contient une erreur/);
});
