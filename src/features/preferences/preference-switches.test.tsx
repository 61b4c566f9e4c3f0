import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import { I18nProvider } from '../../lib/i18n';
import { preferencesMessages } from './messages';
import { LanguageSwitch, ThemeSwitch } from './preference-switches';
import { defaultPreferences, usePreferences } from './preferences-store';
import { useDocumentPreferences } from './use-document-preferences';

afterEach(() => {
  usePreferences.setState(defaultPreferences);
  localStorage.clear();
});

function Shell() {
  const lang = usePreferences((state) => state.lang);
  const theme = usePreferences((state) => state.theme);
  useDocumentPreferences(theme, lang);
  return (
    <I18nProvider lang={lang} catalogue={preferencesMessages}>
      <ThemeSwitch />
      <LanguageSwitch />
    </I18nProvider>
  );
}

test('the theme buttons say which one is on and set data-theme on <html> (none for the device theme)', async () => {
  const user = userEvent.setup();
  render(<Shell />);
  const group = screen.getByRole('group', { name: 'Thème' });
  expect(screen.getByRole('button', { name: 'Thème de l’appareil' })).toHaveAttribute('aria-pressed', 'true');
  await user.click(screen.getByRole('button', { name: 'Thème sombre' }));
  expect(group).toContainElement(screen.getByRole('button', { name: 'Thème sombre', pressed: true }));
  expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
  await user.click(screen.getByRole('button', { name: 'Thème de l’appareil' }));
  expect(document.documentElement).not.toHaveAttribute('data-theme');
});

test('the language buttons switch the interface and <html lang>', async () => {
  const user = userEvent.setup();
  render(<Shell />);
  await user.click(screen.getByRole('button', { name: 'English' }));
  expect(document.documentElement).toHaveAttribute('lang', 'en');
  expect(screen.getByRole('group', { name: 'Interface language' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'English', pressed: true })).toHaveAttribute('lang', 'en');
  await user.click(screen.getByRole('button', { name: 'Français' }));
  expect(document.documentElement).toHaveAttribute('lang', 'fr');
});

test('the language switch says that the lessons themselves stay in French', async () => {
  const user = userEvent.setup();
  render(<Shell />);
  expect(screen.getByRole('group', { name: 'Langue de l’interface' })).toHaveAccessibleDescription(
    'Les leçons restent en français\u00a0: seule l’interface change de langue.',
  );
  expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('title', expect.stringMatching(/français/));
  await user.click(screen.getByRole('button', { name: 'English' }));
  expect(screen.getByRole('group', { name: 'Interface language' })).toHaveAccessibleDescription(
    'The lessons themselves are in French: only the interface changes language.',
  );
});
