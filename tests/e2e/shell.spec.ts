/**
 * The learner's shell: themes and languages remembered with no flash, the outline drawer on
 * phones, focus and announcements on navigation, accessibility of every route in both themes,
 * errors kept inside a lesson, a 404 that helps, narrow screens and print.
 */
import type { Page } from '@playwright/test';
import { expect, interact, test } from './fixtures';

// Page requests must reach the page's own routes (page.route), not a service worker's cache.
test.use({ serviceWorkers: 'block' });

const PREFERENCES_KEY = 'cours-docker:preferences';
type Theme = 'light' | 'dark' | 'system';

/**
 * The pages are prerendered: before React hydrates them, buttons and shortcuts do nothing.
 * React marks the elements it hydrated with a `__reactProps` key: wait for it in the header.
 */
async function gotoApp(page: Page, path: string) {
  await page.goto(path);
  // On a first visit the app starts when the learner moves (decision 010).
  await interact(page);
  const headerButton = page.getByRole('banner').getByRole('button').first();
  await expect
    .poll(() => headerButton.evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactProps'))))
    .toBe(true);
}

/** Stores preferences before any script of the page runs, as a returning learner would have them. */
async function storePreferences(page: Page, preferences: { theme?: Theme; lang?: 'fr' | 'en' }) {
  const value = JSON.stringify({ state: { theme: 'system', lang: 'fr', ...preferences }, version: 1 });
  await page.addInitScript(([key, stored]) => window.localStorage.setItem(key, stored), [
    PREFERENCES_KEY,
    value,
  ] as const);
}

/** Records <html>'s theme and language when <body> is parsed: after the head's scripts, before the app runs or anything paints. */
async function recordFirstPaint(page: Page) {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.body) return;
      observer.disconnect();
      const root = document.documentElement;
      Object.assign(window, { __firstPaint: { theme: root.getAttribute('data-theme'), lang: root.lang } });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

function firstPaint(page: Page) {
  return page.evaluate(
    () => (window as unknown as { __firstPaint?: { theme: string | null; lang: string } }).__firstPaint,
  );
}

/** A lesson chunk with the shape of a real one (body, frontmatter, headings) whose body throws when rendered. */
const BROKEN_LESSON = [
  'export const details = { description: "", objectives: ["Objectif de test."], headings: [], wordCount: 0 };',
  'export default function BrokenLesson() { throw new Error("test: this lesson throws"); }',
].join('\n');

async function waitForLessonBody(page: Page) {
  await expect(page.locator('.lesson-body h2').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
}

test('the theme switch applies at once, is remembered and shows from the first paint', async ({ page }) => {
  await recordFirstPaint(page);
  await gotoApp(page, '/virtualisation/definition');
  const html = page.locator('html');
  const themes = page.getByRole('group', { name: 'Thème' });
  await expect(themes.getByRole('button', { name: 'Thème de l’appareil' })).toHaveAttribute('aria-pressed', 'true');
  expect((await firstPaint(page))?.theme).toBeNull();

  await themes.getByRole('button', { name: 'Thème sombre' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(themes.getByRole('button', { name: 'Thème sombre' })).toHaveAttribute('aria-pressed', 'true');
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBackground).toBe('rgb(15, 20, 26)');

  await page.reload();
  expect(await firstPaint(page), 'no flash of the light theme').toEqual({ theme: 'dark', lang: 'fr' });
  await expect(html).toHaveAttribute('data-theme', 'dark');

  await gotoApp(page, '/glossaire');
  expect((await firstPaint(page))?.theme).toBe('dark');

  await page.getByRole('group', { name: 'Thème' }).getByRole('button', { name: 'Thème clair' }).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.reload();
  expect((await firstPaint(page))?.theme).toBe('light');
});

test('the device theme follows the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await storePreferences(page, { theme: 'system' });
  await gotoApp(page, '/');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(15, 20, 26)');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
});

test('the interface switches to English and back, remembered, while lessons stay French', async ({ page, scan }) => {
  await recordFirstPaint(page);
  await gotoApp(page, '/virtualisation/definition');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByRole('group', { name: 'Langue de l’interface' }).getByRole('button', { name: 'English' }).click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const navigation = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(navigation.getByRole('link', { name: 'Glossary' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Learning objectives' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark as completed' })).toBeVisible();
  await expect(page.locator('.lesson-body')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'fr');
  await waitForLessonBody(page);
  await scan('lesson in English');

  await page.reload();
  expect((await firstPaint(page))?.lang, 'the language is set before the first paint').toBe('en');
  await expect(navigation.getByRole('link', { name: 'Progress' })).toBeVisible();
  await navigation.getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveTitle(/Docker course$/);

  await page.getByRole('group', { name: 'Interface language' }).getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
});

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the course outline is a drawer: opened by its button, Escape closes it, focus is managed', async ({
    page,
    scan,
  }) => {
    await gotoApp(page, '/virtualisation/hyperviseurs');
    const toggle = page.getByRole('button', { name: 'Plan du cours', exact: true });
    const outline = page.getByRole('navigation', { name: 'Plan du cours' });
    await expect(outline).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const controls = await toggle.getAttribute('aria-controls');
    expect(controls).toBeTruthy();

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator(`[id="${controls}"]`)).toBeVisible();
    await expect(outline).toBeVisible();
    const current = outline.getByRole('link', { name: /Les hyperviseurs de type 1/ });
    await expect(current).toBeFocused();
    await expect(current).toHaveAttribute('aria-current', 'page');
    await scan('drawer open');

    // Tab stays inside the drawer while it covers the page.
    for (let step = 0; step < 25; step += 1) {
      await page.keyboard.press('Tab');
      expect(
        await page.locator(`[id="${controls}"]`).evaluate((drawer) => drawer.contains(document.activeElement)),
      ).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(outline).toBeHidden();
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');

    // The close button closes it too.
    await toggle.click();
    await page.getByRole('button', { name: 'Fermer le plan du cours' }).click();
    await expect(outline).toBeHidden();
    await expect(toggle).toBeFocused();

    // Another module's lessons are folded: its button opens them.
    await toggle.press('Enter');
    await expect(outline.getByRole('link', { name: /Les volumes/ })).toHaveCount(0);
    const otherModule = outline.getByRole('button', { name: 'Leçons de « Conteneurisation : le cas de Docker »' });
    await expect(otherModule).toHaveAttribute('aria-expanded', 'false');
    await otherModule.click();
    await expect(otherModule).toHaveAttribute('aria-expanded', 'true');
    await scan('drawer with another module opened');
    // Choosing a lesson closes the drawer and moves focus to the new page's title.
    await outline.getByRole('link', { name: /Les volumes/ }).click();
    await expect(page).toHaveURL(/\/conteneurisation\/volumes$/);
    await expect(outline).toBeHidden();
    await expect(page.getByRole('button', { name: 'Plan du cours', exact: true })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  test('the table of contents is a disclosure above the lesson', async ({ page }) => {
    await gotoApp(page, '/conteneurisation/volumes');
    // The disclosure's <summary> has no ARIA role to find it by.
    await page.locator('summary', { hasText: 'Sur cette page' }).click();
    const toc = page.getByRole('navigation', { name: 'Sur cette page' });
    await toc.getByRole('link', { name: 'Les volumes nommés' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /Les volumes nommés/ })).toBeInViewport();
    await expect(toc.getByRole('link', { name: 'Les volumes nommés' })).toHaveAttribute('aria-current', 'location');
  });

  test('a link of the table of contents lands on its heading, far down a lesson whose far blocks are laid out late', async ({
    page,
  }) => {
    await gotoApp(page, '/conteneurisation/volumes');
    await page.locator('summary', { hasText: 'Sur cette page' }).click();
    const toc = page.getByRole('navigation', { name: 'Sur cette page' });
    const link = toc.getByRole('link').nth(-2);
    const id = decodeURIComponent(((await link.getAttribute('href')) ?? '').slice(1));
    await link.click();
    const heading = page.locator(`[id="${id}"]`);
    // Where the page stops scrolling: the heading at the top, under the header, and the current section.
    await expect
      .poll(() => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top)), { timeout: 5_000 })
      .toBeLessThan(120);
    await page.waitForTimeout(1_000);
    const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(120);
    await expect(link).toHaveAttribute('aria-current', 'location');
  });

  test('pages fit the width: no horizontal scrolling', async ({ page }) => {
    for (const path of ['/', '/conteneurisation', '/conteneurisation/dockerfile', '/glossaire']) {
      await gotoApp(page, path);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test('usable at 320 px wide and at 200 % zoom', async ({ page }) => {
  // 200 % zoom of a 1280 px window lays the page out in 640 CSS pixels.
  for (const viewport of [
    { width: 320, height: 640 },
    { width: 640, height: 400 },
  ]) {
    await page.setViewportSize(viewport);
    for (const path of ['/', '/virtualisation/definition']) {
      await gotoApp(page, path);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} at ${viewport.width}px`).toBeLessThanOrEqual(0);
      await expect(page.getByRole('button', { name: 'Rechercher', exact: true })).toBeVisible();
    }
    await expect(page.getByRole('button', { name: 'Plan du cours', exact: true })).toBeVisible();
  }
});

test('on a wide screen the outline and the table of contents are columns, the current section highlighted', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await gotoApp(page, '/conteneurisation/volumes');
  await expect(page.getByRole('button', { name: 'Plan du cours', exact: true })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Plan du cours' })).toBeVisible();
  const toc = page.getByRole('navigation', { name: 'Sur cette page' });
  await expect(toc).toBeVisible();
  await waitForLessonBody(page);
  const target = toc.getByRole('link').nth(2);
  await target.click();
  await expect(target).toHaveAttribute('aria-current', 'location');
  await expect(toc.locator('[aria-current="location"]')).toHaveCount(1);
});

test('a lesson page has its breadcrumbs, objectives, reading time, neighbours and completion button', async ({
  page,
}) => {
  await gotoApp(page, '/virtualisation/avantages-inconvenients');
  const breadcrumbs = page.getByRole('navigation', { name: 'Fil d’Ariane' });
  await expect(breadcrumbs.getByRole('link', { name: 'Accueil' })).toBeVisible();
  await expect(breadcrumbs.getByRole('link', { name: 'Virtualisation' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Objectifs de la leçon' })).toBeVisible();
  await expect(page.getByText(/Lecture\s:\senviron \d+ min/)).toBeVisible();
  const neighbours = page.getByRole('navigation', { name: 'Leçons précédente et suivante' });
  await expect(neighbours.getByRole('link', { name: /Précédent/ })).toBeVisible();
  await expect(neighbours.getByRole('link', { name: /Suivant/ })).toBeVisible();
  const done = page.getByRole('button', { name: 'Marquer comme terminée' });
  await done.click();
  await expect(page.getByRole('button', { name: /Leçon terminée/ })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: /Leçon terminée/ }).click();

  // Following « Suivant » moves focus to the new title and announces it.
  await neighbours.getByRole('link', { name: /Suivant/ }).click();
  await expect(page).toHaveURL(/\/virtualisation\/domaines$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByText(/^Page\s:\s.+ · Cours Docker$/)).toBeAttached();
});

test('the home page leads to the right lesson and the module pages list lessons with their status', async ({
  page,
}) => {
  await gotoApp(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Docker : de la découverte à l’expertise');
  await expect(page.getByText(/Durée totale estimée/)).toBeVisible();
  await expect(page.getByText('D’après le cours de Martin Lekpa')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(3);
  await page.getByRole('link', { name: 'Commencer le cours' }).click();
  await expect(page).toHaveURL(/\/virtualisation\/definition$/);
  // The visit counts once the lesson is shown (its route records it then), as a learner would see it.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Définition et terminologie');
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Programme' })
    .click();
  await expect(page.getByRole('link', { name: /Reprendre\s:\sDéfinition et terminologie/ })).toBeVisible();
  await page.getByRole('link', { name: 'Conteneurisation : le cas de Docker' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('listitem').filter({ hasText: 'Les volumes' }).getByText('Pas commencée')).toBeVisible();
  // Reached in the app, the module page shows each lesson's description, which comes in a chunk of its own.
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: 'Les volumes' })
      .getByText(/^Faire survivre les données à leurs conteneurs/),
  ).toBeVisible();
});

const routes = [
  '/',
  '/virtualisation',
  '/conteneurisation',
  '/observabilite',
  '/virtualisation/definition',
  '/conteneurisation/volumes',
  '/observabilite/prometheus-cadvisor',
  '/glossaire',
  '/progression',
  '/une-page-qui-nexiste-pas',
];

for (const theme of ['light', 'dark'] as const) {
  test(`no axe violation on any route in the ${theme} theme`, async ({ page, scan }) => {
    test.setTimeout(120_000);
    await storePreferences(page, { theme });
    for (const path of routes) {
      await gotoApp(page, path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      if (/^\/[^/]+\/[^/]+$/.test(path)) await waitForLessonBody(page);
      else await page.waitForLoadState('networkidle');
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.getByRole('banner')).toBeVisible();
      await expect(page.getByRole('contentinfo')).toBeVisible();
      await scan(`${path} (${theme})`);
    }
  });
}

test('an error inside a lesson stays inside it: friendly message, « Réessayer », the rest of the app works', async ({
  page,
  scan,
}) => {
  const chunk = '**/assets/avantages-inconvenients-*.js';
  await page.route(chunk, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: BROKEN_LESSON,
    }),
  );
  await gotoApp(page, '/virtualisation');
  await page.getByRole('link', { name: 'Avantages et inconvénients' }).click();

  const alert = page.getByRole('alert').filter({ hasText: 'Cette leçon n’a pas pu s’afficher.' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Réessayer' })).toBeVisible();
  // The page frame is still there around the error.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Avantages et inconvénients');
  await expect(page.getByRole('heading', { name: 'Objectifs de la leçon' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' })).toBeVisible();
  await scan('lesson error');

  // « Réessayer » renders the lesson again: it still throws, and the error stays contained.
  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await expect(alert).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Avantages et inconvénients');

  // And the header navigation kept working all along.
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Glossaire' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glossaire' })).toBeVisible();
});

test('the header navigation works while a lesson shows its error', async ({ page }) => {
  await page.route('**/assets/avantages-inconvenients-*.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: BROKEN_LESSON,
    }),
  );
  await gotoApp(page, '/virtualisation');
  await page.getByRole('link', { name: 'Avantages et inconvénients' }).click();
  await expect(page.getByRole('button', { name: 'Réessayer' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Progression' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveURL(/\/progression$/);
});

/**
 * A file a lesson needs cannot be downloaded: following a link to « Les domaines de la virtualisation », the lesson
 * says so and offers a reload, which brings it once the network is back. Run for each file it needs.
 */
async function failedDownloadThenReload(page: Page, file: string) {
  await page.route(file, (route) => route.abort('internetdisconnected'));
  await gotoApp(page, '/virtualisation');
  await page.getByRole('link', { name: 'Les domaines de la virtualisation' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('La leçon n’a pas pu être téléchargée');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les domaines de la virtualisation');
  const reload = alert.getByRole('button', { name: 'Recharger la page' });
  await expect(reload).toBeVisible();
  await page.unroute(file);
  await reload.click();
  await page.waitForURL(/\/virtualisation\/domaines$/);
  await waitForLessonBody(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
}

test('a lesson whose file cannot be downloaded says so and offers a reload', async ({ page }) => {
  await failedDownloadThenReload(page, '**/assets/domaines-*.js');
});

test('when the lessons’ index cannot be downloaded, a lesson says so and a reload brings it', async ({ page }) => {
  // The index of the lessons' chunks is a chunk of its own, fetched when the app starts (lesson-body.tsx).
  await failedDownloadThenReload(page, '**/assets/lesson-index-*.js');
});

test('the 404 page offers search and the whole outline', async ({ page, scan }) => {
  await gotoApp(page, '/conteneurisation/lecon-disparue');
  await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Plan du cours' }).getByRole('link')).not.toHaveCount(0);
  const searchButton = page.getByRole('button', { name: 'Rechercher dans le cours' });
  await searchButton.click();
  const dialog = page.getByRole('dialog', { name: 'Rechercher dans le cours' });
  await expect(dialog.getByRole('combobox')).toBeFocused();
  await scan('404 with search');
  await page.keyboard.press('Escape');
  await expect(searchButton).toBeFocused();
});

test('a lesson prints cleanly: no navigation, code not cut, links shown, dark theme printed light', async ({
  page,
}) => {
  await storePreferences(page, { theme: 'dark' });
  await gotoApp(page, '/conteneurisation/dockerfile');
  await waitForLessonBody(page);
  await page.emulateMedia({ media: 'print' });
  for (const name of ['Navigation principale', 'Plan du cours', 'Sur cette page', 'Leçons précédente et suivante']) {
    await expect(page.getByRole('navigation', { name })).toBeHidden();
  }
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Plan du cours', exact: true })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.lesson-body')).toBeVisible();
  const code = page.locator('.lesson-body pre').first();
  expect(await code.evaluate((element) => getComputedStyle(element).whiteSpace)).toBe('pre-wrap');
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
  const link = page.locator('.lesson-body a[href^="/"], .lesson-body a[href^="http"]').first();
  if ((await link.count()) > 0) {
    expect(await link.evaluate((element) => getComputedStyle(element, '::after').content)).toMatch(/\(.+\)/);
  }
});

test('reduced motion is respected', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 390, height: 844 });
  await gotoApp(page, '/virtualisation/definition');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  await page.getByRole('button', { name: 'Plan du cours', exact: true }).click();
  const drawer = page.locator('#course-sidebar');
  expect(await drawer.evaluate((element) => getComputedStyle(element).animationName)).toBe('none');
});
