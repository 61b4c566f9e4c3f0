/**
 * The strict Content-Security-Policy holds: the build is served with the headers it ships
 * (public/_headers, the same as deploy/nginx.conf) by a small static host, and a journey
 * through every kind of page, the quiz, search and the service worker reports no violation.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHeadersFile, serveStatic, type StaticServer } from '../../bench/static-server';
import { expect, test } from './fixtures';

const STRICT_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
let server: StaticServer;

test.beforeAll(async () => {
  const testInfo = test.info();
  const { distDir } = testInfo.config.metadata as { distDir: string };
  server = await serveStatic({ dir: resolve(distDir), rules });
});

test.afterAll(async () => {
  await server.close();
});

test('the shipped headers carry the strict policy', () => {
  const all = rules.find((rule) => rule.pattern === '/*')?.headers ?? [];
  expect(Object.fromEntries(all)['Content-Security-Policy']).toBe(STRICT_POLICY);
  const nginx = readFileSync('deploy/nginx.conf', 'utf8');
  expect(nginx).toContain(`add_header Content-Security-Policy "${STRICT_POLICY}" always;`);
});

test('no page, quiz, search or service worker breaks the strict CSP', async ({ page, consoleErrors }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });

  const response = await page.goto(server.url);
  expect(response?.headers()['content-security-policy']).toBe(STRICT_POLICY);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The service worker registers (worker-src) and precaches (connect-src) under the policy.
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, {
    timeout: 30_000,
  });

  await page.goto(`${server.url}conteneurisation/pratique`);
  await expect(page.locator('.quiz').first()).toBeVisible();
  await page.locator('.quiz').first().getByRole('radio').first().check();

  await page.getByRole('button', { name: 'Rechercher' }).first().click();
  await page.getByRole('combobox', { name: /chercher/i }).fill('volume');
  await expect(
    page.getByRole('listbox', { name: 'Résultats de la recherche' }).getByRole('option').first(),
  ).toBeVisible();
  await page.keyboard.press('Escape');

  for (const path of ['glossaire', 'progression', 'virtualisation', 'virtualisation/hyperviseurs', 'page/inconnue']) {
    await page.goto(`${server.url}${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(violations).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
