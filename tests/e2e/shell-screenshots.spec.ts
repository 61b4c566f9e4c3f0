/**
 * Screenshots of the home page, a lesson and search, on a phone (390 × 844) and a desktop
 * (1280 × 800), in the light and dark themes: attached to the report, and written to
 * docs/screenshots/ when asked (`docScreenshot`; the README shows home-desktop-light.png). Each
 * page is scanned by axe too.
 */
import type { Page, TestInfo } from '@playwright/test';
import { docScreenshot, expect, gotoApp, openSearchWithSlash, test } from './fixtures';

test.use({ serviceWorkers: 'block' });

const viewports = [
  { name: 'mobile', size: { width: 390, height: 844 } },
  { name: 'desktop', size: { width: 1280, height: 800 } },
] as const;

async function capture(page: Page, testInfo: TestInfo, name: string) {
  // Nothing moving: the caret and animations would make every run differ.
  await docScreenshot(testInfo, name, await page.screenshot({ animations: 'disabled', caret: 'hide' }));
}

for (const theme of ['light', 'dark'] as const) {
  for (const viewport of viewports) {
    test(`screenshots: ${viewport.name}, ${theme} theme`, async ({ page, scan }, testInfo) => {
      await page.setViewportSize(viewport.size);
      const stored = JSON.stringify({ state: { theme, lang: 'fr' }, version: 1 });
      await page.addInitScript((value) => window.localStorage.setItem('cours-docker:preferences', value), stored);

      await gotoApp(page, '/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await capture(page, testInfo, `home-${viewport.name}-${theme}`);

      await gotoApp(page, '/conteneurisation/volumes');
      await expect(page.locator('.lesson-body h2').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      await capture(page, testInfo, `lesson-${viewport.name}-${theme}`);

      await openSearchWithSlash(page);
      const dialog = page.getByRole('dialog', { name: 'Rechercher dans le cours' });
      await dialog.getByRole('combobox').fill('conteneur réseau');
      await expect(dialog.getByRole('option').first()).toBeVisible();
      await capture(page, testInfo, `search-${viewport.name}-${theme}`);
      await scan(`search (${viewport.name}, ${theme})`);
    });
  }
}
