/**
 * A new deploy never leaves a half-old, half-new app: the new service worker waits, the page
 * offers « Nouvelle version disponible — Recharger » (a polite status, not a dialog), and only
 * when the learner accepts does the new version take over, with a reload.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveStatic, type StaticServer } from '../../bench/static-server';
import { expect, interact, test } from './fixtures';

let siteDir = '';
let server: StaticServer;

test.beforeAll(async () => {
  const testInfo = test.info();
  const { distDir } = testInfo.config.metadata as { distDir: string };
  siteDir = mkdtempSync(join(tmpdir(), 'cours-docker-update-'));
  cpSync(resolve(distDir), siteDir, { recursive: true });
  server = await serveStatic({ dir: siteDir });
});

test.afterAll(async () => {
  await server.close();
  rmSync(siteDir, { recursive: true, force: true });
});

test('a new version is offered, and taken only when the learner reloads', async ({ page, scan, consoleErrors }) => {
  await page.goto(`${server.url}virtualisation/definition`);
  // The learner reads: on a first visit, that starts the app (decision 010), which registers the service worker.
  await interact(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, {
    timeout: 30_000,
  });
  const status = page.locator('.update-prompt[role="status"]');
  await expect(status).toBeEmpty();

  // Deploy a new version: a changed service worker script.
  appendFileSync(join(siteDir, 'sw.js'), `\n// deploy ${Date.now()}\n`);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });

  await expect(status).toContainText('Nouvelle version disponible');
  const reload = status.getByRole('button', { name: 'Recharger' });
  await expect(reload).toBeVisible();
  await scan('update notice');
  // Until then the old version keeps serving this page.
  await page
    .getByRole('main')
    .getByRole('link', { name: /Avantages et inconvénients/i })
    .first()
    .click();
  // The other lesson is on screen, from the old version (not the previous page still showing).
  await expect(page).toHaveURL(/\/virtualisation\/avantages-inconvenients$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Avantages et inconvénients/i);
  await expect(page.locator('.lesson-body h2').first()).toBeVisible();

  const reloaded = page.waitForEvent('load');
  await reload.click();
  await reloaded;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(status).toBeEmpty();
  const worker = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return { active: registration?.active?.scriptURL, waiting: registration?.waiting ?? null };
  });
  expect(worker.active).toMatch(/\/sw\.js$/);
  expect(worker.waiting).toBeNull();
  expect(consoleErrors).toEqual([]);
});
