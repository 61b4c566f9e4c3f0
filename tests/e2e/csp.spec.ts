/**
 * The strict Content-Security-Policy holds: the build is served with the headers it ships
 * (dist/_headers: public/_headers' policy, the same as deploy/nginx.conf's, plus the hashes of
 * the pages' inline head script and styles) by a small static host, and a journey through every
 * kind of page, the quiz, search and the service worker reports no violation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHeadersFile, serveStatic, type StaticServer } from '../../bench/static-server';
import { expect, interact, test, waitForHydration } from './fixtures';
import { expectStrictPolicy, inlineHashes, STRICT_POLICY } from './strict-policy';

let server: StaticServer;
let distDir: string;
let builtPolicy: string;

const policyOf = (headersText: string) =>
  Object.fromEntries(parseHeadersFile(headersText).find((rule) => rule.pattern === '/*')?.headers ?? [])[
    'Content-Security-Policy'
  ];

test.beforeAll(async () => {
  const testInfo = test.info();
  distDir = resolve((testInfo.config.metadata as { distDir: string }).distDir);
  builtPolicy = policyOf(readFileSync(join(distDir, '_headers'), 'utf8')) ?? '';
  server = await serveStatic({ dir: distDir });
});

test.afterAll(async () => {
  await server.close();
});

test('the shipped headers carry the strict policy, and the build adds only the hashes its pages need', () => {
  expect(policyOf(readFileSync('public/_headers', 'utf8'))).toBe(STRICT_POLICY);
  const nginx = readFileSync('deploy/nginx.conf', 'utf8');
  expect(nginx).toContain(`add_header Content-Security-Policy "${STRICT_POLICY}" always;`);

  const added = expectStrictPolicy(builtPolicy);
  const needed = { scripts: new Set<string>(), styles: new Set<string>() };
  const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(40);
  for (const file of pages) {
    const hashes = inlineHashes(readFileSync(join(distDir, file), 'utf8'));
    // Every prerendered page paints from its HTML: the head script and the stylesheets are inline.
    expect(hashes.scripts, file).toHaveLength(1);
    expect(hashes.styles.length, file).toBeGreaterThan(0);
    hashes.scripts.forEach((hash) => needed.scripts.add(hash));
    hashes.styles.forEach((hash) => needed.styles.add(hash));
  }
  expect(new Set(added.scripts)).toEqual(needed.scripts);
  expect(new Set(added.styles)).toEqual(needed.styles);
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
  expect(response?.headers()['content-security-policy']).toBe(builtPolicy);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // A first visit's app starts at the first interaction (decision 010); then the service worker
  // registers (worker-src) and precaches (connect-src) under the policy.
  await interact(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, {
    timeout: 30_000,
  });

  await page.goto(`${server.url}conteneurisation/pratique`);
  await expect(page.locator('.quiz').first()).toBeVisible();
  await waitForHydration(page);
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
