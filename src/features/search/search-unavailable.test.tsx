import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeAll, expect, test, vi } from 'vitest';
import { I18nProvider } from '../../lib/i18n';
import { searchMessages } from './messages';
import { SearchButton } from './search-button';
import { SearchProvider } from './search-provider';

// The dialog's chunk cannot be fetched (offline, before the course was kept for offline use)…
const network = vi.hoisted(() => ({ offline: true }));
vi.mock('./search-dialog', async (importOriginal) => {
  if (network.offline) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});
vi.mock('./search-engine', () => ({ loadSearchEngine: () => Promise.resolve(() => []) }));

beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

test('search whose dialog cannot be fetched says so, gives focus back when closed, and tries again on demand', async () => {
  const user = userEvent.setup();
  render(
    <I18nProvider lang="fr" catalogue={searchMessages}>
      <MemoryRouter>
        <SearchProvider>
          <SearchButton />
        </SearchProvider>
      </MemoryRouter>
    </I18nProvider>,
  );
  const button = screen.getByRole('button', { name: 'Rechercher' });
  await user.click(button);
  const unavailable = await screen.findByRole('dialog', { name: 'Rechercher dans le cours' });
  expect(screen.getByRole('alert')).toHaveTextContent(/La recherche n’est pas disponible/);
  expect(screen.getByRole('button', { name: 'Réessayer' })).toHaveFocus();

  await user.click(screen.getByRole('button', { name: 'Fermer la recherche' }));
  expect(unavailable).not.toBeInTheDocument();
  expect(button).toHaveFocus();

  // …then the network is back: the next try brings the real dialog, its field focused.
  await user.keyboard('/');
  expect(await screen.findByRole('alert')).toBeInTheDocument();
  network.offline = false;
  await user.click(screen.getByRole('button', { name: 'Réessayer' }));
  expect(await screen.findByRole('combobox', { name: 'Mots à chercher' })).toHaveFocus();
  expect(screen.queryByRole('alert')).toBeNull();
});
