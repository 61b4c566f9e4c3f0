/**
 * With JavaScript off, the prerendered HTML alone carries each page: a lesson's heading, its
 * text, its objectives and its quiz questions; the home page's modules and links.
 */
import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('a lesson is readable with JavaScript disabled', async ({ page }) => {
  await page.goto('/virtualisation/definition');
  await expect(page).toHaveTitle('Définition et terminologie · Cours Docker');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /virtualiser/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Définition et terminologie');
  await expect(page.getByRole('heading', { name: 'Objectifs' })).toBeVisible();
  await expect(page.locator('.lesson-body h2').first()).toBeVisible();
  const text = (await page.locator('.lesson-body').innerText()).trim();
  expect(text.length, 'lesson text in the HTML').toBeGreaterThan(1500);
  expect(text).toMatch(/machine virtuelle/i);
  // The quiz is in the markup too: its questions are readable.
  await expect(page.locator('.quiz').first()).toBeVisible();
  await expect(page.locator('.quiz').first()).toContainText(/\?/);
});

test('the home page and the 404 page are readable with JavaScript disabled', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Docker/);
  for (const module of ['Virtualisation', 'Observabilité']) {
    await expect(page.getByRole('main').getByRole('link', { name: module, exact: true })).toHaveAttribute(
      'href',
      /^\/[a-z]+$/,
    );
  }
  const response = await page.goto('/module-inconnu/lecon');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
  await expect(page).toHaveTitle('Page introuvable · Cours Docker');
});
