/**
 * « Révisions », end to end on the production build: two questions missed at first check in a
 * lesson's quiz come back once the clock has moved a day on (Playwright's clock), the header
 * counts them, the page serves them in the quiz's interface, passes axe in both themes, and the
 * count falls as they are answered.
 */
import type { Page } from '@playwright/test';
import { expect, gotoApp, test } from './fixtures';

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
