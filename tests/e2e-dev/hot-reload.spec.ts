/**
 * `npm run dev` as an instructor uses it: saving a lesson's text updates the open page in
 * place (React Fast Refresh), without reloading it, so the reader keeps their place and the
 * answer they were typing. The lesson file is edited on disk and always restored.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '../e2e/fixtures';

const lessonFile = resolve(import.meta.dirname, '../../content/virtualisation/definition.mdx');
const original = 'Cette leçon pose le décor et, surtout, le vocabulaire que nous emploierons dans tout le cours.';
const edited = 'Cette leçon, modifiée pendant l’aperçu, pose le décor et le vocabulaire du cours.';

test('editing a lesson’s text updates the open page without a reload, keeping scroll and the answer being typed', async ({
  page,
}) => {
  const source = readFileSync(lessonFile, 'utf8');
  expect(source).toContain(original);
  const intro = page.getByText(original);
  const answer = page.getByRole('textbox', { name: 'Votre réponse' });
  await page.goto('/virtualisation/definition', { timeout: 150_000 });
  await expect(answer).toBeVisible();
  // The first visit may make the dev server bundle newly found dependencies and reload the
  // page; the second one is the page as an instructor keeps it open.
  await page.waitForLoadState('networkidle');
  await page.reload();
  await expect(answer).toBeVisible();
  await expect(intro).toBeVisible();
  // Lives as long as the document does: a full reload would drop it.
  await page.evaluate(() => Object.assign(window, { hotReloadMarker: 'même document' }));

  await answer.fill('kv');
  // At once: the page scrolls smoothly (scroll-behavior), and a measure taken mid-animation would compare two moments.
  await answer.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(500);
  const answerTop = () => answer.evaluate((element) => Math.round(element.getBoundingClientRect().top));
  const topBefore = await answerTop();

  const unmoved = async () => {
    expect(await page.evaluate(() => (window as { hotReloadMarker?: string }).hotReloadMarker)).toBe('même document');
    await expect(answer).toHaveValue('kv');
    // The page did not jump: the field is where it was on screen, far down the lesson.
    expect(Math.abs((await answerTop()) - topBefore)).toBeLessThanOrEqual(2);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  };

  // Each update is checked once it is on the page, before the next one is written: two saves in
  // a row would otherwise be measured halfway between them.
  try {
    writeFileSync(lessonFile, source.replace(original, edited));
    await expect(page.getByText(edited)).toBeAttached();
    await expect(intro).toHaveCount(0);
    await unmoved();
  } finally {
    writeFileSync(lessonFile, source);
  }

  // Restoring the file is a hot update too.
  await expect(intro).toBeAttached();
  await expect(page.getByText(edited)).toHaveCount(0);
  await unmoved();
});

test('a lesson that does not compile says so, with its file and line, behind the error overlay', async ({ page }) => {
  const source = readFileSync(lessonFile, 'utf8');
  const term = '<Terme id="hyperviseur">';
  expect(source).toContain(term);
  const line = source.slice(0, source.indexOf(term)).split('\n').length;
  try {
    // A term missing from the glossary stops the lesson's compilation (src/build/mdx/remark-course.ts).
    writeFileSync(lessonFile, source.replace(term, '<Terme id="hyperviseur-absent">'));
    await page.goto('/virtualisation/definition', { timeout: 150_000 });
    const alert = page.getByRole('alert').filter({ hasText: 'Cette leçon contient une erreur' });
    await expect(alert).toContainText(`content/virtualisation/definition.mdx, ligne ${line}.`);
    await expect(alert).not.toContainText('hors ligne');
    await expect(page.locator('vite-error-overlay')).toBeAttached();
  } finally {
    writeFileSync(lessonFile, source);
  }
});
