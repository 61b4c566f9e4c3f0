import { act, render, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { I18nProvider, registerMessages, useT } from './i18n';

function Label({ id }: { id: string }) {
  const t = useT();
  return <p>{t(id)}</p>;
}

test('messages registered by a lazy chunk reach components already on screen, in the active language', () => {
  render(
    <I18nProvider lang="en" catalogue={{ fr: { 'base.hello': 'Bonjour' }, en: { 'base.hello': 'Hello' } }}>
      <Label id="base.hello" />
      <Label id="lazy.check" />
    </I18nProvider>,
  );
  expect(screen.getByText('Hello')).toBeInTheDocument();
  expect(screen.getByText('lazy.check')).toBeInTheDocument();
  act(() => registerMessages({ fr: { 'lazy.check': 'Vérifier' }, en: { 'lazy.check': 'Check' } }));
  expect(screen.getByText('Check')).toBeInTheDocument();
});

test('a catalogue registered again renders nothing again (the prerender registers every lazy catalogue first)', () => {
  const catalogue = { fr: { 'lazy.again': 'Encore' }, en: { 'lazy.again': 'Again' } };
  registerMessages(catalogue);
  const rendered = vi.fn();
  function Page() {
    const t = useT();
    rendered();
    return <p>{t('lazy.again')}</p>;
  }
  render(
    <I18nProvider lang="fr" catalogue={{ fr: {}, en: {} }}>
      <Page />
    </I18nProvider>,
  );
  expect(screen.getByText('Encore')).toBeInTheDocument();
  const afterFirstRender = rendered.mock.calls.length;
  // A lazy chunk registering its messages as it loads, once they are in place: the page is not rendered a second time.
  act(() => registerMessages(catalogue));
  act(() => registerMessages({ fr: { 'lazy.again': 'Encore' }, en: {} }));
  expect(rendered).toHaveBeenCalledTimes(afterFirstRender);
  // A new key does reach the page (the registry is live), so the count above can fail.
  act(() => registerMessages({ fr: { 'lazy.new': 'Nouveau' }, en: { 'lazy.new': 'New' } }));
  expect(rendered.mock.calls.length).toBeGreaterThan(afterFirstRender);
});
