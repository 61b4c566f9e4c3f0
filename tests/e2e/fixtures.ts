/**
 * Shared Playwright fixtures: every test fails when the page requests anything
 * outside the site (no CDN, no analytics) or logs an error, and `scan` runs axe
 * on the page as it is now. Specs import `test` and `expect` from here.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';

export { expect };

interface Fixtures {
  /** Runs axe (WCAG 2.x A and AA) on the current page and fails on any violation. */
  scan: (label?: string) => Promise<void>;
  /** Console errors seen so far; checked after each test. */
  consoleErrors: string[];
}

export async function runAxe(page: Page, label = page.url()) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n    ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export const test = base.extend<Fixtures>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
          foreign.push(request.url());
        }
      });
      await use(errors);
      expect(foreign, 'requests leaving the site').toEqual([]);
    },
    { auto: true },
  ],
  scan: async ({ page }, use) => {
    await use((label) => runAxe(page, label));
  },
});

/**
 * A learner's first interaction: the pointer moves over the page, which starts the app on a first
 * visit (public/head.js) and opens a lesson body's gate (src/lib/hydration-gate.ts).
 */
export async function interact(page: Page) {
  await page.mouse.move(1, 1);
  await page.mouse.move(2, 2);
}

const isHydrated = (element: Element) => Object.keys(element).some((key) => key.startsWith('__reactProps'));

/**
 * Pages are prerendered: until React has hydrated them, buttons and inputs do nothing.
 * React marks the elements it hydrated with a `__reactProps` key; wait for it on <main>.
 * On a first visit the app starts at the learner's first interaction (public/head.js), and a
 * lesson's body hydrates on it too (src/lib/hydration-gate.ts): the pointer moves, as a learner's
 * would, then <main> and the body's first element are awaited.
 */
export async function waitForHydration(page: Page) {
  await interact(page);
  await expect.poll(() => page.locator('main').evaluate(isHydrated)).toBe(true);
  const body = page.locator('.lesson-body > :first-child');
  if ((await body.count()) === 0) return;
  await interact(page);
  await expect.poll(() => body.evaluate(isHydrated)).toBe(true);
}

/** Opens a page of the app and waits until it answers (clicks, shortcuts). */
export async function gotoApp(page: Page, path: string) {
  await page.goto(path);
  await waitForHydration(page);
}

/** Presses `/` until the search dialog shows: the shortcut listener starts just after hydration. */
export async function openSearchWithSlash(page: Page) {
  const dialog = page.getByRole('dialog');
  await expect(async () => {
    if (!(await dialog.isVisible())) await page.keyboard.press('/');
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass();
}

const docScreenshots = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/**
 * A screenshot the docs show (docs/screenshots/): attached to the test's report on every run, and
 * written to docs/screenshots/ only when asked, `UPDATE_SCREENSHOTS=1 npx playwright test …`, so
 * that a test run leaves the working tree as it was.
 */
export async function docScreenshot(testInfo: TestInfo, name: string, body: Buffer) {
  await testInfo.attach(name, { body, contentType: 'image/png' });
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  mkdirSync(docScreenshots, { recursive: true });
  writeFileSync(`${docScreenshots}${name}.png`, body);
}
