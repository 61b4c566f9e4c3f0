/**
 * The outline after hydration (decision 014): a lesson page hydrates with its module's lessons;
 * the whole outline follows, and brings what depends on every lesson (the other modules' counts of
 * lessons done); a module opened before it is here says its lessons are loading, or could not be.
 */
import { expect, test, waitForHydration } from './fixtures';

const OUTLINE_CHUNK = /\/assets\/course-outline-[\w-]+\.js$/;

test('a first visit loads the page’s module, then the whole outline, which brings the other modules’ progress', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/observabilite/definition');
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Marquer comme terminée' }).click();
  await expect(page.getByRole('button', { name: /Leçon terminée/ })).toHaveAttribute('aria-pressed', 'true');
  // The lesson page preloads its module's lessons; the whole outline comes once it is hydrated.
  const moduleChunk = scripts.findIndex((path) => /\/assets\/observabilite-[\w-]+\.js$/.test(path));
  const outlineChunk = scripts.findIndex((path) => OUTLINE_CHUNK.test(path));
  expect(moduleChunk).toBeGreaterThanOrEqual(0);
  expect(outlineChunk).toBeGreaterThan(moduleChunk);

  // Back days later, on a lesson of another module: its sidebar counts the lesson done in Observabilité.
  await page.goto('/virtualisation/definition');
  await waitForHydration(page);
  const outline = page.getByRole('navigation', { name: 'Plan du cours' }).first();
  await expect(outline.getByText(/Leçons terminées\s*:\s*1 sur 10/)).toBeAttached();
});

test('a module opened while the whole outline cannot be fetched says so, and loads on « Réessayer »', async ({
  page,
  scan,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  let offline = true;
  await page.route(OUTLINE_CHUNK, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/virtualisation/definition');
  await waitForHydration(page);
  const outline = page.getByRole('navigation', { name: 'Plan du cours' });
  await outline.getByRole('button', { name: /Leçons de «\s*Observabilité\s*»/ }).click();
  await expect(outline.getByRole('alert')).toHaveText('Les leçons de ce module n’ont pas pu être chargées.');
  await scan('outline module that could not load');

  offline = false;
  await outline.getByRole('button', { name: 'Réessayer' }).click();
  await expect(outline.getByRole('link', { name: /Lire docker stats/ })).toBeVisible();
  await expect(outline.getByRole('alert')).toHaveCount(0);
  await outline.getByRole('link', { name: /Lire docker stats/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lire docker stats' })).toBeVisible();
});
