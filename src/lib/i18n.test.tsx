import { act, render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
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
