/**
 * Offline: after a first visit, the service worker has precached the whole build (every page,
 * every lesson chunk, the search index, the glossary), so the course keeps working with no
 * network. Runs under the sub-path build (the `subpath` project), so the worker's scope follows
 * the base path too.
 */
import type { Page } from '@playwright/test';
import { expect, interact, test } from './fixtures';

/** Waits until the service worker controls the page and its precache (the install step) is done. */
async function waitForOfflineReady(page: Page): Promise<number> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, {
    timeout: 30_000,
  });
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const names = await caches.keys();
    const precache = names.find((name) => name.includes('precache'));
    const entries = precache ? (await (await caches.open(precache)).keys()).length : 0;
    return registration?.scope.endsWith('/cours-docker/') ? entries : -1;
  });
}

test('after a first visit, lessons, search and glossary work offline', async ({ page, context }) => {
  await page.goto('virtualisation/definition');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Définition et terminologie');
  // The learner reads: on a first visit, that starts the app (decision 010), which registers the service worker.
  await interact(page);
  const cached = await waitForOfflineReady(page);
  expect(cached, 'precached entries, in a worker scoped to the base path').toBeGreaterThan(40);

  await context.setOffline(true);

  // Another lesson by a link: its body chunk comes from the precache.
  await page
    .getByRole('main')
    .getByRole('link', { name: /Avantages et inconvénients/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/virtualisation\/avantages-inconvenients$/);
  await expect(page.locator('.lesson-body h2').first()).toBeVisible();

  // A full page load of a lesson never visited: its prerendered HTML comes from the precache.
  await page.goto('conteneurisation/reseau');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/réseau/i);
  await expect(page.locator('.lesson-body h2').first()).toBeVisible();

  // Search: the index was precached.
  await page.getByRole('button', { name: 'Rechercher' }).first().click();
  await page.getByRole('combobox', { name: /chercher/i }).fill('cgroups');
  await expect(
    page.getByRole('listbox', { name: 'Résultats de la recherche' }).getByRole('option').first(),
  ).toBeVisible();
  await page.keyboard.press('Escape');

  // The glossary, and the 404 page for an address the course does not know.
  await page.goto('glossaire');
  await expect(page.getByRole('heading', { level: 1, name: 'Glossaire' })).toBeVisible();
  await page.goto('nulle-part/vraiment');
  await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();

  await context.setOffline(false);
});
