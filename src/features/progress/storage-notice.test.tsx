import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { catchDownloads, renderWithProviders, resetAppStore } from './fixtures/render';
import { PROGRESS_KEY, useProgressStore } from './progress-store';
import { StorageNotice } from './storage-notice';

beforeEach(() => {
  resetAppStore();
});

afterEach(() => {
  vi.restoreAllMocks();
});

test('shows nothing while progress is saved normally', () => {
  renderWithProviders(<StorageNotice />);
  expect(screen.queryByRole('status')).not.toBeInTheDocument();
});

test('storage unavailable: a persistent notice that progress will not be kept', () => {
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('plein', 'QuotaExceededError');
  });
  renderWithProviders(<StorageNotice />);
  act(() => useProgressStore.getState().visitLesson('virt-definition', '/virtualisation/definition'));
  expect(screen.getByRole('status', { name: 'Enregistrement de la progression' })).toHaveTextContent(
    /ne sera pas conservée/,
  );
});

test('read-only: says that nothing done here will be saved', async () => {
  await act(() => useProgressStore.setState({ storage: 'read-only', storedVersion: 3 }));
  renderWithProviders(<StorageNotice />);
  expect(screen.getByRole('status')).toHaveTextContent(
    /version plus récente.*rien de ce que vous faites ici ne sera enregistré/,
  );
});

test('recovered corrupt data: says so and offers the set-aside text for download', async () => {
  const downloads = catchDownloads();
  const user = userEvent.setup();
  const backupKey = `${PROGRESS_KEY}:corrupt-1740823200000`;
  localStorage.setItem(backupKey, 'texte abîmé');
  await act(() => useProgressStore.setState({ recoveredCorrupt: true, corruptBackups: [backupKey] }));
  renderWithProviders(<StorageNotice />);
  expect(screen.getByRole('status')).toHaveTextContent(/illisibles.*mises de côté/);
  await user.click(screen.getByRole('button', { name: 'Télécharger les données illisibles' }));
  expect(await downloads[0]?.text).toBe('texte abîmé');
});

test('can be dismissed for this page load', async () => {
  const user = userEvent.setup();
  await act(() => useProgressStore.setState({ storage: 'read-only', storedVersion: 3 }));
  renderWithProviders(<StorageNotice />);
  await user.click(screen.getByRole('button', { name: 'Masquer ce message' }));
  expect(screen.queryByRole('status')).not.toBeInTheDocument();
  expect(useProgressStore.getState().noticeDismissed).toBe(true);
});
