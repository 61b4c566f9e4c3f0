/**
 * A prerendered page paints once its whole markup is parsed (decision 011): its head holds
 * `<link rel="expect" href="#root-end" blocking="render">`, an empty element written just after
 * #root (Chromium ends the wait when the expected element is inserted, not when it is closed:
 * `#root` itself was tried and painted at once), so the browser lays the page out once,
 * before its first paint, instead of painting the top and laying out the rest while the learner
 * starts reading. Here a small server sends a lesson's HTML in two parts, the second after a pause:
 * the page does not paint before the second part has come; the same page without the link (the
 * control) paints its first part during the pause, which shows the pause is long enough to see it.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const LESSON = 'virtualisation/definition/index.html';
const EXPECT_LINK = '<link rel="expect" href="#root-end" blocking="render">';
/** How long the server waits before sending the rest of the page. */
const PAUSE_MS = 1500;

let server: Server;
let origin: string;

function startServer(distDir: string): Promise<void> {
  const page = readFileSync(join(distDir, LESSON), 'utf8');
  // The first part ends after the lesson's title: enough for a paint, far from the end of #root.
  const split = page.indexOf('</h1>') + '</h1>'.length;
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/lecon' || path === '/temoin') {
      const html = path === '/lecon' ? page : page.replace(EXPECT_LINK, '');
      const cut = path === '/lecon' ? split : split - EXPECT_LINK.length;
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      response.write(html.slice(0, cut));
      setTimeout(() => response.end(html.slice(cut)), PAUSE_MS);
      return;
    }
    // Nothing else is needed to paint: the page's head script and styles are inline, its app waits for an interaction.
    response.writeHead(404).end();
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      done();
    });
  });
}

test.beforeAll(async () => {
  const distDir = resolve((test.info().config.metadata as { distDir: string }).distDir);
  const page = readFileSync(join(distDir, LESSON), 'utf8');
  expect(page.match(/<link rel="expect"[^>]*>/g), 'the built lesson expects the end of its #root').toEqual([
    EXPECT_LINK,
  ]);
  expect(page.indexOf('</h1>')).toBeGreaterThan(page.indexOf('<div id="root"'));
  await startServer(distDir);
});

test.afterAll(async () => {
  await new Promise((done) => server.close(done));
});

/** When the page first painted content, and when its first and its last byte came, in ms since navigation. */
async function paintTimes(page: Page, path: string) {
  await page.goto(`${origin}${path}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return page.evaluate(async () => {
    const paint = await new Promise<number>((done) => {
      new PerformanceObserver((list) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (entry) done(entry.startTime);
      }).observe({ type: 'paint', buffered: true });
    });
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { paint, firstByte: navigation.responseStart, lastByte: navigation.responseEnd };
  });
}

test('a lesson paints only once its whole page has come; without the link, its top paints during the pause', async ({
  page,
}) => {
  const control = await paintTimes(page, '/temoin');
  expect(control.lastByte - control.firstByte).toBeGreaterThanOrEqual(PAUSE_MS - 100);
  expect(control.paint, 'the control paints before the rest of the page arrives').toBeLessThan(control.lastByte);

  const lesson = await paintTimes(page, '/lecon');
  expect(lesson.lastByte - lesson.firstByte).toBeGreaterThanOrEqual(PAUSE_MS - 100);
  expect(lesson.paint, 'the lesson paints after its last byte').toBeGreaterThanOrEqual(lesson.lastByte);
});
