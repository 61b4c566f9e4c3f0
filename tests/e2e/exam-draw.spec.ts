/**
 * Exams drawn from a pool, end to end on the production build: the Observabilité exam asks 16 of
 * its 22 questions; the prerendered page shows the first attempt's draw and hydrates on it; a
 * retake (« Recommencer ») draws another set, which a reload keeps while the attempt is in
 * progress. And a progress file of the previous schema version (3) imports through the progress
 * page's import control with its data intact.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { PROGRESS_VERSION } from '../../src/features/progress/progress-schema';
import { expect, gotoApp, test, waitForHydration } from './fixtures';

test.describe.configure({ timeout: 120_000 });

const KEY = 'cours-docker:progress';
const EXAM_PATH = '/observabilite/evaluation';
const EXAM_ID = 'exam-observabilite';
const EXAM_TITLE = 'Examen du module Observabilité';
const PREFIX = `quiz-${EXAM_ID}-`;

/** The French messages put a no-break space before `:` and `%`: match any space. */
function fr(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}\\s*$`);
}

/** The ids of the questions the exam shows, in order (each question's anchor is `quiz-<quiz>-<question>`). */
async function shownIds(exam: Locator): Promise<string[]> {
  return exam
    .locator(`[id^="${PREFIX}"]`)
    .evaluateAll((elements, prefix) => elements.map((element) => element.id.slice(prefix.length)), PREFIX);
}

async function openExam(page: Page): Promise<Locator> {
  await gotoApp(page, EXAM_PATH);
  const exam = page.getByRole('region', { name: EXAM_TITLE });
  await expect(exam.getByRole('heading', { level: 2 })).toBeVisible();
  return exam;
}

interface StoredExam {
  attempts: unknown[];
  draft: { seed: number; answers: Record<string, unknown> } | null;
}

async function storedExam(page: Page): Promise<StoredExam | null> {
  return page.evaluate(
    ([key, id]) => {
      const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as { data?: { quizzes?: Record<string, unknown> } };
      return (stored.data?.quizzes?.[id] ?? null) as never;
    },
    [KEY, EXAM_ID] as const,
  );
}

test('a drawn exam: the prerendered draw is the first attempt’s, a retake draws another set, a reload keeps it', async ({
  page,
}) => {
  // The prerendered HTML, before any script: the first attempt's draw.
  const html = await (await page.request.get(EXAM_PATH)).text();
  const prerendered = [...html.matchAll(new RegExp(`id="${PREFIX}([a-z0-9-]+)"`, 'g'))].map((match) => match[1]);
  expect(prerendered).toHaveLength(16);

  const exam = await openExam(page);
  await expect(
    exam.getByText(
      fr('Chaque tentative pose 16 questions tirées au hasard parmi 22 : une nouvelle tentative en pose d’autres.'),
    ),
  ).toBeVisible();
  const first = await shownIds(exam);
  // Hydrated in place: the same questions as the server's (a mismatch would also be a console error).
  expect(first).toEqual(prerendered);
  await expect(exam.getByRole('group', { name: /^Question 16 sur 16\s/ })).toBeVisible();
  await expect(exam.getByText(fr('Encore 16 questions sans réponse.'))).toBeVisible();

  // A finished attempt on these questions, all missed, as the store keeps it.
  await page.evaluate(
    ([key, id, ids]) => {
      const attempt = {
        seed: 1,
        startedAt: '2026-12-01T09:00:00.000Z',
        finishedAt: '2026-12-01T09:20:00.000Z',
        mode: 'exam',
        answers: {},
        hintsUsed: {},
        questionScores: Object.fromEntries(ids.map((questionId) => [questionId, 0])),
        score: 0,
        passed: false,
      };
      const data = {
        lessons: {},
        quizzes: { [id]: { lessonId: 'obs-evaluation', attempts: [attempt], draft: null, draftSavedAt: null } },
        labs: {},
        cards: {},
        lastLocation: null,
        reset: null,
      };
      localStorage.setItem(key, JSON.stringify({ app: 'cours-docker', version: 4, data }));
    },
    [KEY, EXAM_ID, first] as const,
  );
  await page.reload();
  await waitForHydration(page);
  await expect(exam.getByText(fr('Réponses justes : 0 sur 16.'))).toBeVisible();
  // The corrections are those of the attempt's questions.
  expect(await shownIds(exam)).toEqual(first);

  await exam.getByRole('button', { name: 'Recommencer' }).click();
  await expect(exam.getByRole('button', { name: 'Soumettre' })).toBeVisible();
  const retake = await shownIds(exam);
  expect(retake).toHaveLength(16);
  expect(new Set(retake)).not.toEqual(new Set(first));
  await expect.poll(async () => (await storedExam(page))?.draft?.seed).not.toBeUndefined();

  // A reload with the retake in progress: the same questions, from the draft's stored seed.
  const seed = (await storedExam(page))?.draft?.seed;
  await page.reload();
  await waitForHydration(page);
  await expect(exam.getByRole('button', { name: 'Soumettre' })).toBeVisible();
  await expect.poll(() => shownIds(exam)).toEqual(retake);
  expect((await storedExam(page))?.draft?.seed).toBe(seed);
});

test('a progress file of schema version 3 imports through the progress page with its data intact', async ({
  page,
  scan,
}) => {
  const text = await readFile(
    new URL('../../src/features/progress/fixtures/progress-v3.json', import.meta.url),
    'utf8',
  );
  const file = JSON.parse(text) as { version: number; data: Record<string, unknown> };
  expect(file.version).toBe(3);
  await gotoApp(page, '/progression');
  await page
    .getByLabel('Fichier de progression (.json)')
    .setInputFiles({ name: 'progression-v3.json', mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  await expect(page.getByRole('heading', { name: 'Contenu du fichier' })).toBeVisible();
  await scan('progress page, a version 3 file to import');
  await page.getByRole('button', { name: 'Remplacer', exact: true }).click();
  const row = (path: string) => page.getByRole('row').filter({ has: page.locator(`a[href$="${path}"]`) });
  await expect(row('/virtualisation/definition')).toContainText('Terminée');
  await expect(row('/virtualisation/definition')).toContainText(/75\s%/);
  await expect(row('/conteneurisation/conteneurs')).toContainText('En cours');

  // Stored in today's version, every record of the file as it was, and no review card made up.
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}') as unknown, KEY);
  expect(stored).toMatchObject({ app: 'cours-docker', version: PROGRESS_VERSION });
  const data = (stored as { data: Record<string, unknown> }).data;
  for (const field of ['lessons', 'quizzes', 'labs', 'certificate']) expect(data[field]).toEqual(file.data[field]);
  expect(data.cards).toEqual({});
});
