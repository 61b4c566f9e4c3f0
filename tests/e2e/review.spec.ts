/**
 * « Révisions », end to end on the production build: two questions missed at first check in a
 * lesson's quiz come back once the clock has moved a day on (Playwright's clock), the header
 * counts them, the progress page gives the same figure in the same words, the page serves them
 * in the quiz's interface, passes axe in both themes, and the count falls as they are answered.
 * The target retention is chosen on the page with the keyboard alone, kept across a reload, and
 * the page with it passes axe in both themes.
 */
import type { Page } from '@playwright/test';
import { expect, gotoApp, test, waitForHydration } from './fixtures';

// Two axe passes and two page loads on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

const KEY = 'cours-docker:progress';
const LESSON_PATH = '/virtualisation/definition';
const QUIZ_TITLE = 'Vérifiez vos acquis';
const START = new Date('2026-03-02T09:00:00.000Z');
const DAY = 86_400_000;

/** The French messages put a no-break space before `:` and `?`: match any space. */
function fr(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}\\s*$`);
}

async function storedCardKeys(page: Page): Promise<string[]> {
  return page.evaluate((key) => {
    const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as { data?: { cards?: object } };
    return Object.keys(stored.data?.cards ?? {}).sort();
  }, KEY);
}

function reviewLink(page: Page, name: string | RegExp) {
  return page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name });
}

async function answer(page: Page, prompt: RegExp, choice: string) {
  const question = page.getByRole('group', { name: prompt });
  await question.getByRole('radio', { name: choice, exact: true }).check();
  await question.getByRole('button', { name: 'Vérifier' }).click();
  // Checked: the question shows its correction and no longer offers « Vérifier ».
  await expect(question.getByRole('button', { name: 'Vérifier' })).toHaveCount(0);
}

test('two questions missed come back the next day in « Révisions », and the count falls as they are answered', async ({
  page,
  scan,
}) => {
  await page.clock.install({ time: START });
  await gotoApp(page, LESSON_PATH);
  const quiz = page.getByRole('region', { name: QUIZ_TITLE });
  await expect(quiz).toBeVisible();

  await answer(page, /Quel système s’exécute à l’intérieur/, 'Le système hôte');
  await answer(page, /Le disque d’une machine virtuelle/, 'Faux');
  await expect
    .poll(() => storedCardKeys(page))
    .toEqual(['quiz-virt-definition:disque-fichier', 'quiz-virt-definition:hote-invite']);
  // Missed today, due from tomorrow: nothing to review yet.
  await expect(reviewLink(page, 'Révisions')).toBeVisible();

  await page.clock.setSystemTime(new Date(START.getTime() + 2 * DAY));
  await gotoApp(page, '/progression');
  // The progress page: the header's figure, in the header's words, with the way to the page.
  await expect(reviewLink(page, 'Révisions 2 à revoir')).toBeVisible();
  await expect(page.getByRole('main').getByText(fr('Révisions : 2 à revoir'))).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Révisions', exact: true })).toHaveAttribute(
    'href',
    '/revisions',
  );
  await gotoApp(page, '/');
  await reviewLink(page, 'Révisions 2 à revoir').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Révisions' })).toBeVisible();
  await expect(page.getByText('2 questions à revoir aujourd’hui.')).toBeVisible();

  for (const theme of ['dark', 'light']) {
    await page.evaluate((value) => document.documentElement.setAttribute('data-theme', value), theme);
    await scan(`review page, ${theme} theme`);
  }

  await answer(page, /Quel système s’exécute à l’intérieur/, 'Le système invité');
  await expect(reviewLink(page, 'Révisions 1 à revoir')).toBeVisible();
  await expect(page.getByText('Une question à revoir aujourd’hui.')).toBeVisible();
  await answer(page, /Le disque d’une machine virtuelle/, 'Vrai');
  await expect(reviewLink(page, 'Révisions')).toBeVisible();
  await expect(page.getByText(fr('Rien à revoir pour l’instant.'))).toBeVisible();
  await expect(page.getByText(/^Prochaine révision\s:\s/)).toBeVisible();
});

const PREFERENCES_KEY = 'cours-docker:preferences';

test('the target retention: reached and changed with the keyboard alone, kept after a reload, axe clean in both themes', async ({
  page,
  scan,
}) => {
  await gotoApp(page, '/revisions');
  const setting = page.getByRole('combobox', { name: 'Part des questions à savoir encore quand elles reviennent' });
  await expect(setting).toHaveValue('90');
  await expect(setting).toHaveAccessibleDescription(/Plus elle est haute, plus les questions reviennent tôt/);
  // Tab from the top of the page until the select has the focus.
  await page.locator('body').focus();
  for (let step = 0; step < 40; step++) {
    if (await setting.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(setting).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(setting).toHaveValue('91');
  await page.keyboard.press('ArrowDown');
  await expect(setting).toHaveValue('92');
  await expect
    .poll(() =>
      page.evaluate(
        (key) =>
          (JSON.parse(localStorage.getItem(key) ?? '{}') as { state?: { reviewRetention?: number } }).state
            ?.reviewRetention,
        PREFERENCES_KEY,
      ),
    )
    .toBe(0.92);
  // One announcement: the select's own, nothing added to a live region.
  await expect(page.locator('[aria-live]').filter({ hasText: /92/ })).toHaveCount(0);
  for (const theme of ['dark', 'light']) {
    await page.evaluate((value) => document.documentElement.setAttribute('data-theme', value), theme);
    await scan(`review page with its setting, ${theme} theme`);
  }
  await page.reload();
  await waitForHydration(page);
  await expect(setting).toHaveValue('92');

  // A stored value out of range (another version, a hand edit): the default, and the page works.
  await page.evaluate((key) => {
    localStorage.setItem(
      key,
      JSON.stringify({ state: { theme: 'system', lang: 'fr', reviewRetention: 3 }, version: 1 }),
    );
  }, PREFERENCES_KEY);
  await page.reload();
  await waitForHydration(page);
  await expect(setting).toHaveValue('90');
});
