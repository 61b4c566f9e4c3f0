/**
 * Search, as a learner uses it: opened from the keyboard or the header, French-aware results
 * with the matched words highlighted, straight to the section; the index is fetched only when
 * search is opened, and its absence (offline) is said plainly.
 */
import type { Page } from '@playwright/test';
import { expect, gotoApp, openSearchWithSlash, test } from './fixtures';

// Page requests must reach the page's own routes (page.route), not a service worker's cache.
test.use({ serviceWorkers: 'block' });

const INDEX = '**/search-index-*.json';

function searchDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Rechercher dans le cours' });
}

function results(page: Page) {
  return searchDialog(page).getByRole('listbox', { name: 'Résultats de la recherche' }).getByRole('option');
}

test('keyboard only: from the home page to a lesson section through search', async ({ page, scan }) => {
  const indexRequests: string[] = [];
  page.on('request', (request) => {
    if (/search-index-|search-engine-/.test(request.url())) indexRequests.push(request.url());
  });
  await gotoApp(page, '/');
  await page.waitForLoadState('networkidle');
  expect(indexRequests, 'nothing of search is fetched before search is opened').toEqual([]);

  // The first Tab reaches the skip link; the header's search button is reachable too.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
  const searchButton = page.getByRole('button', { name: 'Rechercher', exact: true });
  while (!(await searchButton.evaluate((element) => element === document.activeElement)))
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  const input = searchDialog(page).getByRole('combobox', { name: 'Mots à chercher' });
  await expect(input).toBeFocused();
  await page.keyboard.type('volumes nommes');
  await expect(results(page).first()).toBeVisible();
  expect(indexRequests.some((url) => url.includes('search-index-'))).toBe(true);
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', /.+/);
  await expect(results(page).first()).toHaveAttribute('aria-selected', 'true');
  await expect(results(page).first()).toContainText('Les volumes nommés');
  // Matched words are highlighted, accents or not: « nommes » found « nommés ».
  await expect(results(page).first().locator('mark').filter({ hasText: 'nommés' }).first()).toBeVisible();
  await scan('search results');

  // The arrows move the active result; Enter opens the first one.
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/conteneurisation\/volumes#les-volumes-nomm%C3%A9s$/);
  await expect(searchDialog(page)).toBeHidden();
  const heading = page.getByRole('heading', { level: 2, name: /Les volumes nommés/ });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les volumes');
});

test('`/` and Ctrl+K open search, Escape closes it and focus goes back where it was', async ({ page }) => {
  await gotoApp(page, '/');
  const start = page.getByRole('link', { name: /Commencer|Reprendre/ });
  await start.focus();
  await openSearchWithSlash(page);
  await expect(searchDialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(searchDialog(page)).toBeHidden();
  await expect(start).toBeFocused();

  await page.keyboard.press('Control+k');
  await expect(searchDialog(page)).toBeVisible();
  // Focus stays in the dialog.
  for (let step = 0; step < 4; step += 1) {
    await page.keyboard.press('Tab');
    expect(await searchDialog(page).evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
  }
  await searchDialog(page).getByRole('button', { name: 'Fermer la recherche' }).click();
  await expect(start).toBeFocused();
});

test('`/` typed in a text field of a lesson stays in the field', async ({ page }) => {
  await gotoApp(page, '/conteneurisation/pratique');
  const field = page.locator('.lesson-body').getByRole('textbox').first();
  await field.click();
  await page.keyboard.type('a/b');
  await expect(field).toHaveValue('a/b');
  await expect(searchDialog(page)).toBeHidden();
});

test('French processing: plural, missing accent, typo and prefix all find the same lessons', async ({ page }) => {
  await gotoApp(page, '/');
  await openSearchWithSlash(page);
  const input = searchDialog(page).getByRole('combobox');
  for (const query of ['hyperviseurs', 'hyperviseur', 'hyperviseru', 'hypervis']) {
    await input.fill(query);
    await expect(results(page).first(), query).toContainText(/hyperviseur/i);
  }
  await input.fill('l’hôte');
  await expect(results(page).first().locator('mark').first()).toHaveText(/hôte/i);
  // A glossary entry leads to its definition.
  await input.fill('cgroup');
  const glossaryHit = results(page).filter({ hasText: 'Glossaire' }).first();
  await expect(glossaryHit).toBeVisible();
  await glossaryHit.click();
  await expect(page).toHaveURL(/\/glossaire#cgroup$/);
  await expect(page.locator('[id="cgroup"]')).toBeFocused();
});

test('a search that finds nothing says so', async ({ page, scan }) => {
  await gotoApp(page, '/virtualisation');
  await openSearchWithSlash(page);
  await searchDialog(page).getByRole('combobox').fill('zzzxqw');
  await expect(searchDialog(page).getByRole('status')).toHaveText(/Aucun résultat pour «\szzzxqw\s»/);
  await expect(searchDialog(page).getByRole('listbox')).toHaveCount(0);
  await expect(searchDialog(page).getByRole('combobox')).toHaveAttribute('aria-expanded', 'false');
  await scan('search empty');
});

test('while the index loads, the dialog says so', async ({ page }) => {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(INDEX, async (route) => {
    await released;
    await route.continue();
  });
  await gotoApp(page, '/');
  await openSearchWithSlash(page);
  await expect(searchDialog(page).getByRole('status')).toHaveText('Chargement de l’index de recherche…');
  await searchDialog(page).getByRole('combobox').fill('docker');
  release();
  await expect(results(page).first()).toBeVisible();
});

test('when the index cannot be fetched (offline), search says so and can try again', async ({ page, scan }) => {
  await page.route(INDEX, (route) => route.abort('internetdisconnected'));
  await gotoApp(page, '/');
  await openSearchWithSlash(page);
  await expect(searchDialog(page).getByRole('status')).toContainText('La recherche n’est pas disponible');
  await scan('search offline');
  await page.unroute(INDEX);
  await searchDialog(page).getByRole('button', { name: 'Réessayer' }).click();
  await searchDialog(page).getByRole('combobox').fill('registre');
  await expect(results(page).first()).toBeVisible();
});

test('the search works in English too, and results stay in French', async ({ page }) => {
  await gotoApp(page, '/');
  await page.getByRole('button', { name: 'English' }).click();
  await openSearchWithSlash(page);
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('combobox', { name: 'Words to search for' }).fill('image');
  const first = dialog.getByRole('option').first();
  await expect(first).toBeVisible();
  await expect(first.locator('[lang="fr"]').first()).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText(/results?$/);
});
