import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { I18nProvider } from '../lib/i18n';
import { catalogue } from './catalogue';
import { registerServiceWorker, UpdatePrompt } from './update-prompt';

/** A stand-in for navigator.serviceWorker with a new version already waiting. */
function fakeServiceWorkers() {
  const waiting = { state: 'installed', postMessage: vi.fn(), addEventListener: vi.fn() };
  const registration = Object.assign(new EventTarget(), {
    waiting,
    installing: null,
    update: vi.fn(() => Promise.resolve()),
  });
  const container = Object.assign(new EventTarget(), {
    controller: { state: 'activated' },
    register: vi.fn(() => Promise.resolve(registration)),
  });
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  return { container, waiting };
}

test('a waiting version is offered politely, and taken only when the learner asks', async () => {
  const user = userEvent.setup();
  const { container, waiting } = fakeServiceWorkers();
  render(
    <I18nProvider lang="fr" catalogue={catalogue}>
      <UpdatePrompt />
    </I18nProvider>,
  );
  const status = screen.getByRole('status');
  expect(status).toBeEmptyDOMElement();

  await act(async () => {
    registerServiceWorker('/cours-docker/');
    await Promise.resolve();
  });
  expect(container.register).toHaveBeenCalledWith('/cours-docker/sw.js', { scope: '/cours-docker/' });
  expect(status).toHaveTextContent('Nouvelle version disponible');
  expect(waiting.postMessage).not.toHaveBeenCalled();

  await user.click(screen.getByRole('button', { name: 'Recharger' }));
  expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });

  await user.click(screen.getByRole('button', { name: 'Plus tard' }));
  expect(status).toBeEmptyDOMElement();
});
