// @vitest-environment node
/**
 * `vite build --mode development` (a build with development settings, for debugging a
 * deployed copy) goes through the same prerender as the production build: every lesson
 * is a page with its content.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const projectRoot = resolve(__dirname, '../..');
const outDir = mkdtempSync(join(tmpdir(), 'cours-docker-dev-build-'));

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

test('a development-mode build prerenders the lessons, MDX bodies included', { timeout: 240_000 }, () => {
  const build = spawnSync(
    process.execPath,
    ['scripts/vite.mjs', 'build', '--mode', 'development', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, BASE_PATH: '/' } },
  );
  expect(build.stderr).not.toMatch(/error/i);
  expect(build.status).toBe(0);
  const html = readFileSync(join(outDir, 'virtualisation', 'definition', 'index.html'), 'utf8');
  expect(html).toMatch(/<h1[^>]*>Définition et terminologie<\/h1>/);
  // The MDX body, not only the page frame: a heading of the lesson's text.
  expect(html).toMatch(/<h2[^>]*id="[^"]+"[^>]*>/);
});
