/**
 * A prerendered lesson, for a returning learner, hydrates its frame at once and its body (quiz
 * included) on the learner's first interaction (src/lib/hydration-gate.ts): until then the body's
 * chunks are not fetched, and when they come the body hydrates in place, the same DOM nodes, with
 * a click made meanwhile kept and made again rather than lost. On a first visit the whole app
 * waits for that interaction (public/head.js, decision 010), with the same care for an early click.
 */
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const LESSON = '/virtualisation/definition';
/** The first question of the lesson's quiz. */
const firstQuestion = (page: Page) =>
  page.getByRole('group', { name: /Quel système s’exécute à l’intérieur d’une machine virtuelle/ });
const isHydrated = (element: Element) => Object.keys(element).some((key) => key.startsWith('__reactProps'));

function recordScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js')) scripts.push(path);
  });
  return scripts;
}

async function markBody(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { firstParagraph: Element | null }).firstParagraph = document.querySelector('.lesson-body p');
  });
}

const sameParagraph = (page: Page) =>
  page.evaluate(() => {
    const kept = (window as unknown as { firstParagraph: Element | null }).firstParagraph;
    return kept !== null && kept === document.querySelector('.lesson-body p') && kept.isConnected;
  });

test.describe('a returning learner (something of the course is stored)', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      if (window.localStorage.getItem('cours-docker:preferences') === null) {
        window.localStorage.setItem(
          'cours-docker:preferences',
          JSON.stringify({ state: { theme: 'system', lang: 'fr' }, version: 1 }),
        );
      }
    });
  });

  test('the frame hydrates at once; the body waits, unfetched, for the first interaction, then hydrates in place', async ({
    page,
    consoleErrors,
  }) => {
    const scripts = recordScripts(page);
    await page.goto(LESSON);
    await markBody(page);
    await expect.poll(() => page.locator('main').evaluate(isHydrated)).toBe(true);
    await page.waitForLoadState('networkidle');
    // The outline button in the frame answers; the body has not hydrated, its chunks not fetched.
    expect(await page.locator('.lesson-body p').first().evaluate(isHydrated)).toBe(false);
    expect(
      scripts.filter((path) => /\/quiz-view-/.test(path)),
      'the quiz interface',
    ).toEqual([]);
    expect(
      scripts.filter((path) => /\/definition-[\w-]{8}\.js$/.test(path)),
      'the lesson’s body',
    ).toEqual([]);

    await page.mouse.move(200, 300);
    await expect.poll(() => page.locator('.lesson-body p').first().evaluate(isHydrated)).toBe(true);
    expect(await sameParagraph(page), 'the prerendered body is hydrated, not replaced').toBe(true);
    expect(scripts.filter((path) => /\/quiz-view-/.test(path))).toHaveLength(1);
    expect(
      scripts.filter((path) => /\/definition-[\w-]{8}\.js$/.test(path)),
      'the lesson’s body',
    ).toHaveLength(1);
    await expect(page.locator('.lesson-body-held')).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });

  test('a choice clicked before the body has hydrated is not lost: it is made once the quiz answers', async ({
    page,
    consoleErrors,
  }) => {
    // A slow network: the quiz interface arrives seconds after the click that asked for it.
    await page.route(/\/quiz-view-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await route.continue();
    });
    // The clicks that reach the page: the learner's (trusted), then the one made again (not).
    await page.addInitScript(() => {
      const clicks: boolean[] = [];
      (window as unknown as { radioClicks: boolean[] }).radioClicks = clicks;
      window.addEventListener(
        'click',
        (event) => {
          if (event.target instanceof HTMLInputElement) clicks.push(event.isTrusted);
        },
        true,
      );
    });
    await page.goto(LESSON);
    await markBody(page);
    await expect.poll(() => page.locator('main').evaluate(isHydrated)).toBe(true);
    const question = firstQuestion(page);
    // Straight away: the pointer's arrival starts the body's download, the click comes before it has hydrated.
    await question.getByRole('radio', { name: 'Le système invité' }).click();
    await expect(question.getByRole('radio', { name: 'Le système invité' })).toBeChecked();
    expect(
      await page.evaluate(() => (window as unknown as { radioClicks: boolean[] }).radioClicks),
      'the click was put aside, then made again once',
    ).toEqual([true, false]);
    await expect(question.getByRole('button', { name: 'Vérifier' })).toBeEnabled();
    await question.getByRole('button', { name: 'Vérifier' }).click();
    await expect(question.getByText(/Correct/)).toBeVisible();
    expect(await sameParagraph(page)).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  test('keyboard only: the first Tab opens the gate, and the body answers by the time the focus reaches it', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto(LESSON);
    await expect.poll(() => page.locator('main').evaluate(isHydrated)).toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('.lesson-body p').first().evaluate(isHydrated)).toBe(true);
    const radio = page.getByRole('radio', { name: 'Le système invité' });
    await radio.focus();
    await page.keyboard.press('Space');
    await expect(radio).toBeChecked();
    await expect(firstQuestion(page).getByRole('button', { name: 'Vérifier' })).toBeEnabled();
    expect(consoleErrors).toEqual([]);
  });
});

test('a learner who reads the interface in English gets the body hydrated at once, without a flash', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/');
  await page.evaluate(() =>
    window.localStorage.setItem(
      'cours-docker:preferences',
      JSON.stringify({ state: { theme: 'system', lang: 'en' }, version: 1 }),
    ),
  );
  await page.goto(LESSON);
  await markBody(page);
  // No interaction: the body hydrates with the frame, as the language switch reaches it.
  await expect.poll(() => page.locator('.lesson-body p').first().evaluate(isHydrated)).toBe(true);
  expect(await sameParagraph(page)).toBe(true);
  await expect(firstQuestion(page).getByRole('button', { name: 'Check' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a first visit: the page works as HTML, the app starts at the first interaction, and a tap made while it loads is kept', async ({
  page,
  consoleErrors,
}) => {
  await page.setViewportSize({ width: 412, height: 823 });
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  // The app's files arrive seconds after the tap that asks for them.
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  await page.goto(LESSON);
  await page.waitForLoadState('networkidle');
  expect(scripts, 'no script runs before the learner does something').toEqual([]);
  expect(await page.locator('main').evaluate(isHydrated)).toBe(false);
  expect(await page.evaluate(() => Object.keys(window.localStorage)), 'nothing stored').toEqual([]);

  const toggle = page.getByRole('button', { name: 'Plan du cours', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  // The click was put aside while the app loaded, then made again: the outline opens, once.
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  expect(scripts.filter((path) => /\/index-[\w-]+\.js$/.test(path))).toHaveLength(1);
  await expect(
    page.locator('#course-sidebar [aria-current="page"]'),
    'the drawer shows the current lesson',
  ).toBeFocused();
  expect(consoleErrors).toEqual([]);
});
