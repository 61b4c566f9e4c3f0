import { expect, test } from './fixtures';

test('the home page shows the course and loads no lesson body', async ({ page, scan }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Docker/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('link', { name: /Virtualisation/ }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  // Lesson bodies are their own chunks, named after their MDX file: none is fetched for the home page.
  const lessonChunks = scripts.filter(
    (path) => /\/assets\/[a-z0-9-]+-[\w-]{8}\.js$/.test(path) && !/index|vendor|router/.test(path),
  );
  const mdxChunks = lessonChunks.filter((path) =>
    /(definition|hyperviseurs|conteneurs|volumes|pratique|evaluation)-/.test(path),
  );
  expect(mdxChunks).toEqual([]);
  await scan('home');
});

test('a lesson renders through the whole pipeline and the title follows the page', async ({ page, scan }) => {
  await page.goto('/virtualisation/definition');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Objectifs/ })).toBeVisible();
  const h1 = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await expect(page).toHaveTitle(new RegExp(h1.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(page.locator('.lesson-body h2').first()).toBeVisible();
  await scan('lesson');
});

test('unknown addresses get a real 404 page', async ({ page, scan }) => {
  for (const path of ['/nimporte-quoi/vraiment', '/virtualisation/lecon-inexistante', '/module-inconnu']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    await expect(page).toHaveTitle(/^Page introuvable/);
    await expect(page.getByRole('navigation', { name: 'Plan du cours' })).toBeVisible();
  }
  await scan('404');
});
