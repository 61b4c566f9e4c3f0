/**
 * The built site behind Debian's real nginx, with deploy/nginx.conf, under a sub-path (the
 * sub-path build of playwright.config.ts): a deep link, the 404 page and status, the headers
 * (CSP and security headers, immutable assets, HTML revalidated, gzip). nginx runs unprivileged
 * on a loopback port with its pid, logs and temporary files in a temporary folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { builtPolicy, renderNginxConf } from '../../deploy/nginx-conf.mjs';
import { expect, test } from './fixtures';
import { expectStrictPolicy, STRICT_POLICY } from './strict-policy';

const NGINX = '/usr/sbin/nginx';

test.describe.configure({ mode: 'serial' });
// These checks are about what nginx answers: no service worker in between.
test.use({ serviceWorkers: 'block' });

let nginx: ChildProcess | null = null;
let workDir = '';
let origin = '';
let base = '/';
let policy = '';

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitForServer(url: string, logFile: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  throw new Error(`nginx did not start:\n${existsSync(logFile) ? readFileSync(logFile, 'utf8') : '(no log)'}`);
}

test.beforeAll(async () => {
  const testInfo = test.info();
  if (!existsSync(NGINX)) {
    // .ci/run installs nginx; a developer's machine may lack it.
    test.skip(!process.env.CI, `${NGINX} is missing (apt-get install nginx)`);
    throw new Error(`${NGINX} is missing: .ci/run should have installed it`);
  }
  const metadata = testInfo.config.metadata as { subpathDir: string; subpathBase: string };
  base = metadata.subpathBase;
  workDir = mkdtempSync(join(tmpdir(), 'cours-docker-nginx-'));
  // Readable by nginx's workers, which run as `nobody` when the tests run as root.
  chmodSync(workDir, 0o755);
  const webRoot = join(workDir, 'html');
  const site = join(webRoot, ...base.split('/').filter(Boolean));
  mkdirSync(site, { recursive: true });
  cpSync(resolve(metadata.subpathDir), site, { recursive: true });
  for (const temp of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(workDir, temp));

  const port = await freePort();
  // The build's own policy (its _headers), as the Dockerfile gives it to deploy/nginx-conf.mjs.
  policy = builtPolicy(readFileSync(join(resolve(metadata.subpathDir), '_headers'), 'utf8'));
  expectStrictPolicy(policy);
  const server = renderNginxConf({ base, listen: `127.0.0.1:${port}`, root: webRoot, policy });
  const conf = join(workDir, 'nginx.conf');
  writeFileSync(
    conf,
    [
      'worker_processes 1;',
      `pid ${join(workDir, 'nginx.pid')};`,
      `error_log ${join(workDir, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      `  access_log ${join(workDir, 'access.log')};`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (temp) => `  ${temp}_temp_path ${join(workDir, temp)};`,
      ),
      server,
      '}',
    ].join('\n'),
  );
  nginx = spawn(NGINX, ['-p', workDir, '-e', join(workDir, 'error.log'), '-c', conf, '-g', 'daemon off;'], {
    stdio: 'ignore',
  });
  origin = `http://127.0.0.1:${port}`;
  await waitForServer(`${origin}/healthz`, join(workDir, 'error.log'));
});

test.afterAll(() => {
  if (nginx?.pid) nginx.kill('SIGQUIT');
  nginx = null;
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test('nginx serves a deep link with the security headers and HTML that is revalidated', async () => {
  const response = await fetch(`${origin}${base}virtualisation/definition`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(response.status).toBe(200);
  expect(response.redirected).toBe(false);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  expect(response.headers.get('content-encoding')).toBe('gzip');
  expect(response.headers.get('cache-control')).toBe('no-cache');
  expect(response.headers.get('content-security-policy')).toBe(policy);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(response.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
  const html = await response.text();
  expect(html).toMatch(/<h1[^>]*>Définition et terminologie<\/h1>/);

  const home = await fetch(`${origin}${base}`);
  expect(home.status).toBe(200);
  expect(home.headers.get('cache-control')).toBe('no-cache');
  for (const file of ['sw.js', 'manifest.webmanifest']) {
    const asset = await fetch(`${origin}${base}${file}`);
    expect(asset.status, file).toBe(200);
    expect(asset.headers.get('cache-control'), file).toBe('no-cache');
  }
  const manifest = await fetch(`${origin}${base}manifest.webmanifest`);
  expect(manifest.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
});

test('nginx caches hashed assets forever', async () => {
  const testInfo = test.info();
  const { subpathDir } = testInfo.config.metadata as { subpathDir: string };
  const assets = readdirSync(resolve(subpathDir, 'assets'));
  const script = assets.find((file) => file.endsWith('.js'));
  const sheet = assets.find((file) => file.endsWith('.css'));
  for (const file of [script, sheet]) {
    const response = await fetch(`${origin}${base}assets/${file ?? ''}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status, file).toBe(200);
    expect(response.headers.get('cache-control'), file).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding'), file).toBe('gzip');
    expect(response.headers.get('content-security-policy'), file).toBe(policy);
  }
});

test('nginx answers an unknown address with the 404 page and status 404', async () => {
  for (const path of [`${base}virtualisation/lecon-inexistante`, `${base}nulle/part`, '/hors-du-cours']) {
    const response = await fetch(`${origin}${path}`);
    expect(response.status, path).toBe(404);
    expect(response.headers.get('cache-control'), path).toBe('no-cache');
    expect(await response.text(), path).toMatch(/<h1[^>]*>Page introuvable<\/h1>/);
  }
});

test('behind nginx, a deep link hydrates under the CSP with no console error', async ({ page, consoleErrors }) => {
  await page.goto(`${origin}${base}conteneurisation/volumes`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/volume/i);
  await page
    .getByRole('main')
    .getByRole('link', { name: /Réseau/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/conteneurisation\/reseau$/);
  await expect(page.locator('.lesson-body h2').first()).toBeVisible();
  const response = await page.goto(`${origin}${base}page/introuvable`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
  expect(consoleErrors.filter((error) => !/status of 404/.test(error))).toEqual([]);
});

test('the configuration takes only a policy that extends its own with hashes', () => {
  const widened = STRICT_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
  expect(() => renderNginxConf({ policy: widened })).toThrow(/style-src gained 'unsafe-inline'/);
  const elsewhere = STRICT_POLICY.replace("img-src 'self' data:", "img-src 'self' data: 'sha256-AAAA'");
  expect(() => renderNginxConf({ policy: elsewhere })).toThrow(/img-src gained/);
  expect(() => renderNginxConf({ policy: "default-src 'self'" })).toThrow(/directives/);
  expect(renderNginxConf({ policy })).toContain(`add_header Content-Security-Policy "${policy}" always;`);
});
