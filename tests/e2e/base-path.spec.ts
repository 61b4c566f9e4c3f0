/**
 * The course deployed under a sub-path (BASE_PATH=/cours-docker/, the `subpath` project of
 * playwright.config.ts): every request, link, route, the search index and the service worker
 * stay under it; deep links and reloads show the prerendered page and hydrate without error.
 */
import { expect, gotoApp, test } from './fixtures';

const BASE = '/cours-docker/';

test('the course navigates under its base path and requests nothing outside it', async ({
  page,
  scan,
  consoleErrors,
}) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith(BASE)) outside.push(pathname);
  });
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Docker/);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', `${BASE}manifest.webmanifest`);
  await scan('home under the base path');

  await page.getByRole('main').getByRole('link', { name: 'Virtualisation', exact: true }).click();
  await expect(page).toHaveURL(/\/cours-docker\/virtualisation$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Virtualisation');

  await page
    .getByRole('main')
    .getByRole('link', { name: /Définition et terminologie/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/cours-docker\/virtualisation\/definition$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Définition et terminologie');
  await expect(page.locator('.lesson-body h2').first()).toBeVisible();

  const hrefs = await page
    .locator('a[href^="/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(10);
  expect(hrefs.filter((href) => href !== BASE.slice(0, -1) && !href.startsWith(BASE))).toEqual([]);
  await page.waitForLoadState('networkidle');
  expect(outside).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('a deep link serves the prerendered page, which hydrates and survives a reload', async ({
  page,
  scan,
  consoleErrors,
}) => {
  const response = await page.goto('conteneurisation/volumes');
  expect(response?.status()).toBe(200);
  const html = (await response?.text()) ?? '';
  expect(html).toMatch(/<h1[^>]*>[^<]*[Vv]olume/);
  expect(html).toContain('data-page="/conteneurisation/volumes"');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/volume/i);
  await expect(page).toHaveTitle(/· Cours Docker$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/volume/i);
  await expect(page.locator('.lesson-body h2').first()).toBeVisible();
  // Hydrated: the page responds to the learner (the lesson's done toggle is a real button).
  const toggle = page.getByRole('button', { name: /terminée/i }).first();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await scan('deep-linked lesson');
  expect(consoleErrors).toEqual([]);
});

test('an unknown address under the base path gets the 404 page with status 404', async ({ page, consoleErrors }) => {
  const response = await page.goto('virtualisation/lecon-inexistante');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
  await page
    .getByRole('main')
    .getByRole('link', { name: /accueil/i })
    .click();
  await expect(page).toHaveURL(/\/cours-docker\/?$/);
  // The browser reports the 404 status itself; nothing else may fail.
  expect(consoleErrors.filter((error) => !/status of 404/.test(error))).toEqual([]);
});

test('search loads its index from under the base path and opens a lesson there', async ({ page, consoleErrors }) => {
  const indexRequests: string[] = [];
  page.on('request', (request) => {
    if (/search-index/.test(request.url())) indexRequests.push(new URL(request.url()).pathname);
  });
  // A click before the page has hydrated would do nothing: the search button answers once it has.
  await gotoApp(page, '');
  await page.getByRole('button', { name: 'Rechercher' }).first().click();
  const input = page.getByRole('combobox', { name: /chercher/i });
  await input.fill('volume');
  const firstHit = page.getByRole('listbox', { name: 'Résultats de la recherche' }).getByRole('option').first();
  await expect(firstHit).toBeVisible();
  await input.press('Enter');
  await expect(page).toHaveURL(/\/cours-docker\/[a-z-]+/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(indexRequests.length).toBeGreaterThan(0);
  expect(indexRequests.every((path) => path.startsWith(`${BASE}assets/`))).toBe(true);
  expect(consoleErrors).toEqual([]);
});
