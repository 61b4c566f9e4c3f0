import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { beforeAll, expect, test, vi } from 'vitest';
import { I18nProvider } from '../../lib/i18n';
import { searchMessages } from './messages';
import { createSearchIndex, searchCourse, type SearchDocument } from './search-index';
import { SearchButton } from './search-button';
import { SearchProvider } from './search-provider';

const documents: SearchDocument[] = [
  {
    id: 'a',
    kind: 'lesson',
    title: 'Les volumes',
    heading: '',
    text: 'Garder les données.',
    path: '/m/volumes',
    module: 'Module',
  },
  {
    id: 'a#n',
    kind: 'section',
    title: 'Les volumes',
    heading: 'Les volumes nommés',
    text: 'Un volume nommé.',
    path: '/m/volumes#nommes',
    module: 'Module',
  },
];

vi.mock('./search-engine', () => ({
  loadSearchEngine: () => Promise.resolve((query: string) => searchCourse(createSearchIndex(documents), query)),
}));

// jsdom has no modal dialogs nor scrolling: enough of them for the component to work.
beforeAll(() => {
  Element.prototype.scrollIntoView = () => undefined;
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

function Where() {
  const location = useLocation();
  return <p data-testid="where">{`${location.pathname}${location.hash}`}</p>;
}

function renderSearch() {
  return render(
    <I18nProvider lang="fr" catalogue={searchMessages}>
      <MemoryRouter initialEntries={['/']}>
        <SearchProvider>
          <SearchButton />
          <Routes>
            <Route path="*" element={<Where />} />
          </Routes>
        </SearchProvider>
      </MemoryRouter>
    </I18nProvider>,
  );
}

test('the combobox lists results, the arrows move the active one and Enter goes to it', async () => {
  const user = userEvent.setup();
  renderSearch();
  await user.keyboard('/');
  // The dialog's chunk comes first (search-provider.tsx).
  const dialog = await screen.findByRole('dialog', { name: 'Rechercher dans le cours' });
  const input = within(dialog).getByRole('combobox', { name: 'Mots à chercher' });
  expect(input).toHaveFocus();
  await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent('Tapez une notion'));
  await user.type(input, 'volumes');
  const options = await within(dialog).findAllByRole('option');
  expect(options).toHaveLength(2);
  const [first, second] = options as [HTMLElement, HTMLElement];
  expect(first).toHaveAttribute('aria-selected', 'true');
  expect(input).toHaveAttribute('aria-activedescendant', first.id);
  // The section, whose heading matches too, ranks above the lesson's intro.
  expect(first).toHaveAccessibleName(/^Les volumes,\s*Les volumes nommés$/);
  expect(within(first).getAllByText('volumes', { selector: 'mark' })).not.toHaveLength(0);
  await user.keyboard('{ArrowDown}');
  expect(second).toHaveAttribute('aria-selected', 'true');
  expect(input).toHaveAttribute('aria-activedescendant', second.id);
  await user.keyboard('{ArrowDown}');
  expect(first).toHaveAttribute('aria-selected', 'true');
  await user.keyboard('{ArrowUp}');
  expect(second).toHaveAttribute('aria-selected', 'true');
  await user.keyboard('{Enter}');
  expect(screen.getByTestId('where')).toHaveTextContent(/^\/m\/volumes$/);
  expect(dialog).not.toHaveAttribute('open');
});

test('Escape closes the dialog and gives focus back to the button that opened it', async () => {
  const user = userEvent.setup();
  renderSearch();
  const button = screen.getByRole('button', { name: 'Rechercher' });
  await user.click(button);
  const dialog = await screen.findByRole('dialog');
  expect(dialog).toHaveAttribute('open');
  await user.keyboard('{Escape}');
  expect(dialog).not.toHaveAttribute('open');
  expect(button).toHaveFocus();
  await user.keyboard('{Control>}k{/Control}');
  expect(dialog).toHaveAttribute('open');
});
