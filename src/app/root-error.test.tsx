import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Outlet, useRoutes } from 'react-router';
import { expect, test, vi } from 'vitest';
import { I18nProvider } from '../lib/i18n';
import { appMessages } from './messages';
import { RootBoundary } from './root-error';

function Broken(): never {
  throw new Error('une page cassée');
}

function Frame() {
  return (
    <main>
      <p>Le cadre.</p>
      <Outlet />
    </main>
  );
}

function Pages() {
  return useRoutes([
    {
      element: (
        <RootBoundary>
          <Frame />
        </RootBoundary>
      ),
      children: [
        { path: '/', element: <Broken /> },
        { path: '/ailleurs', element: <p>Une autre page.</p> },
      ],
    },
  ]);
}

test('a page that throws while rendering gets the calm error message in place of the frame; another page clears it', async () => {
  // React reports the caught error on the console: expected here.
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const user = userEvent.setup();
  render(
    <I18nProvider lang="fr" catalogue={appMessages}>
      <MemoryRouter initialEntries={['/']}>
        {/* Outside the boundary, as the browser's back and forward buttons are. */}
        <Link to="/ailleurs">Ailleurs</Link>
        <Pages />
      </MemoryRouter>
    </I18nProvider>,
  );
  expect(screen.getByRole('alert')).toHaveTextContent('Une erreur inattendue est survenue');
  expect(screen.getByRole('button', { name: 'Recharger la page' })).toBeInTheDocument();
  expect(screen.queryByText('Le cadre.')).toBeNull();
  expect(consoleError).toHaveBeenCalled();
  consoleError.mockRestore();

  await user.click(screen.getByRole('link', { name: 'Ailleurs' }));
  expect(await screen.findByText('Une autre page.')).toBeInTheDocument();
  expect(screen.getByText('Le cadre.')).toBeInTheDocument();
  expect(screen.queryByRole('alert')).toBeNull();
});
