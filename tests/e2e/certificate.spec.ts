/**
 * The certificate: reachable from home, the progress page and an assessment's result once the three
 * assessments are passed; the learner's name on it is kept with the progress; print shows no buttons.
 */
import { PROGRESS_VERSION } from '../../src/features/progress/progress-schema';
import type { Page } from '@playwright/test';
import { expect, gotoApp, test } from './fixtures';

const KEY = 'cours-docker:progress';

function passedExam(finishedAt: string) {
  return {
    lessonId: null,
    attempts: [
      {
        seed: 1,
        startedAt: '2026-03-01T09:00:00.000Z',
        finishedAt,
        mode: 'exam',
        answers: {},
        hintsUsed: {},
        questionScores: {},
        score: 0.85,
        passed: true,
      },
    ],
    draft: null,
    draftSavedAt: null,
  };
}

function progressWith(exams: string[]) {
  return JSON.stringify({
    app: 'cours-docker',
    version: 2,
    data: {
      lessons: {},
      quizzes: Object.fromEntries(exams.map((id, index) => [id, passedExam(`2026-03-0${index + 2}T10:00:00.000Z`)])),
      lastLocation: null,
      reset: null,
    },
  });
}

/** Seeds the progress key before the app starts, on the first load only. */
async function seedOnce(page: Page, value: string) {
  await page.addInitScript(
    ([key, seeded]) => {
      if (window.sessionStorage.getItem('e2e-seeded')) return;
      window.sessionStorage.setItem('e2e-seeded', '1');
      window.localStorage.setItem(key, seeded);
    },
    [KEY, value] as const,
  );
}

const allThree = ['exam-virtualisation', 'exam-conteneurisation', 'exam-observabilite'];

// Several pages, axe in two themes: more than the default budget on a busy machine.
test.beforeEach(() => {
  test.slow();
});

test('with an assessment left, no page points to the certificate', async ({ page }) => {
  await seedOnce(page, progressWith(allThree.slice(0, 2)));
  await gotoApp(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /attestation/ })).toHaveCount(0);
  await gotoApp(page, '/progression');
  await expect(page.getByRole('link', { name: /attestation/ })).toHaveCount(0);
});

test('once the three assessments are passed, home, the progress page and the last exam lead to the certificate', async ({
  page,
  scan,
}) => {
  await seedOnce(page, progressWith(allThree));
  await gotoApp(page, '/');
  await page.getByRole('link', { name: 'Voir et imprimer votre attestation' }).click();
  await expect(page).toHaveURL(/\/certificat$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Attestation de réussite' })).toBeVisible();

  await gotoApp(page, '/progression');
  await page.getByRole('link', { name: /voir votre attestation de réussite/ }).click();
  await expect(page).toHaveURL(/\/certificat$/);

  await gotoApp(page, '/observabilite/evaluation');
  const link = page.getByRole('link', { name: 'Voir et imprimer votre attestation' });
  await link.scrollIntoViewIfNeeded();
  await expect(link).toBeVisible();
  await scan('assessment with the certificate link');
});

test('the learner writes their name on the certificate, it is kept with the progress, and print shows no button', async ({
  page,
  scan,
}) => {
  await seedOnce(page, progressWith(allThree));
  await gotoApp(page, '/certificat');
  const field = page.getByRole('textbox', { name: 'Votre nom sur l’attestation' });
  await field.fill('Ada Lovelace');
  await expect(page.getByText('Décernée à Ada Lovelace')).toBeVisible();
  const stored = await page.evaluate((key) => window.localStorage.getItem(key), KEY);
  expect(JSON.parse(stored ?? '{}')).toMatchObject({
    version: PROGRESS_VERSION,
    data: { certificate: { name: 'Ada Lovelace' } },
  });

  await page.reload();
  await expect(page.getByText('Décernée à Ada Lovelace')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Votre nom sur l’attestation' })).toHaveValue('Ada Lovelace');
  await expect(page.locator('.completion-certificate svg')).toBeVisible();
  await scan('certificate');
  for (const theme of ['dark', 'light']) {
    await page.evaluate((value) => document.documentElement.setAttribute('data-theme', value), theme);
    await scan(`certificate, ${theme} theme`);
  }

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Décernée à Ada Lovelace')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimer l’attestation' })).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Votre nom sur l’attestation' })).toBeHidden();
  const visibleButtons = await page
    .getByRole('button')
    .evaluateAll((buttons) => buttons.filter((button) => button.checkVisibility()).length);
  expect(visibleButtons).toBe(0);
});
