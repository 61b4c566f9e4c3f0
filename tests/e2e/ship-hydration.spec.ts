/**
 * Every kind of prerendered page hydrates without a mismatch and without moving: the HTML
 * carries the page (title, description, content), the console stays clean, nothing shifts,
 * and a first visit downloads only what the page shows (no other lesson, no search index).
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForHydration } from './fixtures';

const PAGES = [
  { path: '/', h1: /Docker/ },
  { path: '/virtualisation', h1: /^Virtualisation$/ },
  // The first page with a quiz in the prerender's order: it once rendered before the quiz's messages were loaded.
  { path: '/virtualisation/definition', h1: /^Définition et terminologie$/ },
  { path: '/virtualisation/hyperviseurs', h1: /hyperviseur/i },
  { path: '/conteneurisation/pratique', h1: /./ },
  { path: '/glossaire', h1: /^Glossaire$/ },
  { path: '/progression', h1: /progression/i },
  { path: '/certificat', h1: /./ },
  { path: '/adresse/inconnue/vraiment', h1: /^Page introuvable$/ },
];

/** Total layout shift so far, as CLS counts it (shifts right after an input excluded), and what moved. */
function layoutShift(page: Page): Promise<{ total: number; moved: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ total: number; moved: string[] }>((resolve) => {
        let total = 0;
        const moved: string[] = [];
        type Shift = PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Shift[]) {
            if (entry.hadRecentInput) continue;
            total += entry.value;
            for (const source of entry.sources ?? []) {
              const node = source.node;
              const name =
                node instanceof Element
                  ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''}`
                  : (node?.nodeName ?? '?');
              moved.push(
                `${name} at ${Math.round(entry.startTime)} ms: y ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)}, h ${Math.round(source.previousRect.height)}→${Math.round(source.currentRect.height)}`,
              );
            }
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve({ total, moved }), 300);
      }),
  );
}

for (const { path, h1 } of PAGES) {
  test(`${path} is prerendered and hydrates without mismatch or layout shift`, async ({ page, consoleErrors }) => {
    const response = await page.goto(path);
    const html = (await response?.text()) ?? '';
    expect(html, 'the page is in the HTML').toMatch(/<div id="root" data-page="[^"]+"><a class="skip-link"/);
    expect(html).toMatch(/<h1[^>]*>/);
    // One inline script, the head script (allowed by its hash, csp.spec.ts); the app's modules wait for the paint.
    expect(html.match(/<script(?![^>]*\bsrc=)/g)).toHaveLength(1);
    expect(html).toMatch(/<script>(?:(?!<\/script>)[\s\S])*cours-docker:modules/);
    expect(html).not.toMatch(/<script type="module"|rel="modulepreload"/);
    expect(html).not.toMatch(/\sstyle="/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
    await page.waitForLoadState('networkidle');
    const title = await page.title();
    expect(html).toContain(`<title>${title.replace(/&/g, '&amp;')}</title>`);
    const shift = await layoutShift(page);
    expect(shift.total, `cumulative layout shift; moved: ${shift.moved.join('; ') || 'nothing'}`).toBeLessThan(0.02);
    expect(consoleErrors.filter((error) => !/status of 404/.test(error))).toEqual([]);
  });
}

test('a first visit loads only what the page shows: its lesson, no other, no search index', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/virtualisation/hyperviseurs');
  await expect(page.locator('.lesson-body h2').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  // The index of the lessons' chunks grows with the course: it is in no first paint, the app fetches it as it starts.
  const lessonIndex = () => requests.filter((path) => /\/lesson-index-[\w-]{8}\.js$/.test(path)).length;
  expect(lessonIndex(), 'lesson index before the app starts').toBe(0);
  // The app and the body's chunk come with the learner's first interaction (decisions 009 and 010).
  await page.mouse.move(200, 300);
  await expect
    .poll(() =>
      page.locator('main').evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactProps'))),
    )
    .toBe(true);
  await page.mouse.move(210, 310);
  await expect.poll(() => requests.filter((path) => /hyperviseurs-[\w-]{8}\.js$/.test(path)).length).toBeGreaterThan(0);
  await page.waitForLoadState('networkidle');
  const chunks = requests.filter((path) => path.startsWith('/assets/'));
  const lessonChunks = chunks.filter((path) =>
    /\/(definition|usages|volumes|reseau|conteneurs|elastic)-[\w-]{8}\.js$/.test(path),
  );
  expect(lessonChunks, 'other lessons').toEqual([]);
  expect(lessonIndex(), 'lesson index once the app has started').toBe(1);
  expect(chunks.filter((path) => /hyperviseurs-[\w-]{8}\.js$/.test(path))).toHaveLength(1);
  expect(
    chunks.filter((path) => /search/.test(path)),
    'search index and engine',
  ).toEqual([]);
});

test('hydrating a page of quizzes leaves the prerendered questions as they are: no reshuffle, no re-render', async ({
  page,
}) => {
  // Records every change made to the quizzes' markup once parsed: readyState turns
  // "interactive" when parsing ends, before any of the app's scripts runs.
  await page.addInitScript(() => {
    const changes: string[] = [];
    (window as unknown as { quizChanges: string[] }).quizChanges = changes;
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target instanceof Element ? record.target : record.target.parentElement;
          if (target?.closest('.quiz')) changes.push(`${record.type} in ${target.className || target.tagName}`);
        }
      }).observe(document, { childList: true, characterData: true, subtree: true });
    });
  });
  await page.goto('/conteneurisation/pratique');
  await waitForHydration(page);
  // The quizzes hydrate with the lesson's body, on the first interaction (waitForHydration makes one).
  await expect
    .poll(() =>
      page
        .locator('.quiz h2')
        .first()
        .evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactProps'))),
    )
    .toBe(true);
  await page.waitForLoadState('networkidle');
  const questions = page.locator('.quiz').first().getByRole('group');
  expect(await questions.count(), 'the demo quiz is on the page').toBeGreaterThan(3);
  expect(await page.evaluate(() => (window as unknown as { quizChanges: string[] }).quizChanges)).toEqual([]);
});

test('a prerendered page paints before it asks for any script, then hydrates', async ({ page }) => {
  await page.goto('/virtualisation/definition');
  // No interaction before the first paint: an interaction starts the app at once (public/head.js),
  // and a busy machine may report the paint after the test's first pointer move.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  await waitForHydration(page);
  const timing = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => ({ name: new URL(entry.name).pathname, start: entry.startTime })),
    stylesheets: performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'link' && entry.name.endsWith('.css'))
      .map((entry) => entry.startTime),
  }));
  expect(timing.paint, 'first contentful paint').not.toBeNull();
  // The entry and the lesson's own chunk, at least; every one of them asked for after the paint.
  expect(timing.scripts.length).toBeGreaterThanOrEqual(2);
  for (const script of timing.scripts) expect(script.start, script.name).toBeGreaterThan(timing.paint!);
  // The stylesheets the first paint needs are in the HTML: none is requested before it.
  for (const start of timing.stylesheets) expect(start).toBeGreaterThan(timing.paint!);
});
