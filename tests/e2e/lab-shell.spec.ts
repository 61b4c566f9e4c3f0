/**
 * A lesson with a lab, in the production build: the prerendered page carries the lab's shell (title, steps, terminal,
 * and for a workbench the files), the page requests none of the lab's code while the lab is far from the viewport,
 * and when the learner scrolls down to it, the lab loads and takes the shell's place without moving anything
 * (no layout shift at all, boxes of the same size), with a clean console.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForHydration } from './fixtures';

/** The chunks of the lab view and engine, the workbench editor and its checks. */
const LAB_CHUNK = /\/assets\/(lab-view|workbench-editor|file-kind)-[\w-]{8}\.js$/;

const pages = [
  {
    path: '/conteneurisation/conteneurs',
    title: 'Votre premier conteneur',
    goal: /Lancez en arrière-plan un conteneur nommé web/,
    workbench: false,
  },
  {
    path: '/conteneurisation/dockerfile',
    title: 'Un Dockerfile pour une application Node.js',
    goal: /Dans l’onglet Dockerfile/,
    workbench: true,
  },
];

/** Every layout shift from now on, as CLS counts them (the ones right after an input excluded); the page's own load is ship-hydration.spec.ts's. */
async function watchShifts(page: Page) {
  await page.evaluate(() => {
    const shifts: string[] = [];
    (window as unknown as { labShifts: string[] }).labShifts = shifts;
    type Shift = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue;
        // What moved, for the failure message.
        const moved = entry.sources.map(
          ({ node, previousRect: from, currentRect: to }) =>
            `${node instanceof Element ? node.className || node.tagName : node?.nodeName} ${from.y}→${to.y}, ${from.height}→${to.height}`,
        );
        shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${moved.join('; ')}`);
      }
    }).observe({ type: 'layout-shift' });
  });
}

const shifts = (page: Page) => page.evaluate(() => (window as unknown as { labShifts: string[] }).labShifts);

/** The sizes of the lab's parts, to compare the shell's with the running lab's. */
function boxes(page: Page) {
  return page.evaluate(() => {
    const size = (selector: string) => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      return box ? { width: box.width, height: box.height } : null;
    };
    return {
      lab: size('section.lab'),
      terminal: size('.terminal'),
      steps: size('.lab-steps'),
      editor: size('.workbench-editor__host'),
      findings: size('.workbench-editor__panel'),
    };
  });
}

for (const { path, title, goal, workbench } of pages) {
  test(`${path}: the lab's shell is prerendered, no lab code loads before the lab is near, and it replaces the shell without a shift`, async ({
    page,
    consoleErrors,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const response = await page.goto(path);
    const html = (await response?.text()) ?? '';
    // The shell is in the HTML: the lab's title, its first goal, the command line (which says the lab is starting).
    expect(html).toContain(`Lab\u00a0: ${title}`);
    expect(html).toContain('aria-label="Commande docker"');
    expect(html).toContain('Le terminal démarre');
    if (workbench) expect(html).toContain('role="tablist"');
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    await watchShifts(page);

    const lab = page.getByRole('region', { name: `Lab\u00a0: ${title}`, exact: true });
    await expect(lab.getByText(goal)).toBeAttached();
    await expect(lab.getByRole('textbox', { name: 'Commande docker' })).toBeAttached();
    await expect(lab.getByRole('log', { name: 'Sortie du terminal' })).toContainText('Le terminal démarre');
    expect(
      requests.filter((request) => LAB_CHUNK.test(request)),
      'lab chunks before the lab is near',
    ).toEqual([]);

    // The learner scrolls down to the lab: its shell is measured, then the lab loads in its place.
    await lab.getByRole('log', { name: 'Sortie du terminal' }).evaluate((element) => element.scrollIntoView());
    const before = await boxes(page);
    await expect(lab.getByRole('log', { name: 'Sortie du terminal' })).not.toContainText('Le terminal démarre');
    if (workbench) await expect(lab.getByRole('textbox', { name: 'Éditeur\u00a0: Dockerfile' })).toBeAttached();
    expect(requests.some((request) => /\/assets\/lab-view-[\w-]{8}\.js$/.test(request))).toBe(true);
    // Two frames for anything the lab would move after its first render.
    await page.evaluate(
      () =>
        new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300)))),
    );
    expect(await boxes(page), 'the lab has its shell’s size').toEqual(before);
    expect(await shifts(page), 'layout shifts').toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}

test('a line typed in the shell is kept, and a line sent runs once the lab is there', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/conteneurisation/conteneurs');
  await waitForHydration(page);
  const lab = page.locator('section.lab').first();
  const input = lab.getByRole('textbox', { name: 'Commande docker' });
  const log = lab.getByRole('log', { name: 'Sortie du terminal' });
  // Keyboard only: the command line is reached and typed in at once, while the lab may still be loading.
  await input.focus();
  await page.keyboard.type('docker run hello-world');
  await page.keyboard.press('Enter');
  await page.keyboard.type('docker ps -a');
  await expect(log).toContainText('Hello from Docker!');
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('docker ps -a');
  await page.keyboard.press('Enter');
  await expect(log).toContainText('hello-world');
  expect(requests.filter((request) => /\/assets\/lab-view-[\w-]{8}\.js$/.test(request))).toHaveLength(1);
});
