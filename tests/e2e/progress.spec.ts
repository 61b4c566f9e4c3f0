/**
 * The learner's progress, end to end on the production build: it survives a reload, each storage
 * fault has its defined behaviour (staged with addInitScript), two tabs merge instead of erasing
 * each other, and import, export and reset work from the progress page.
 */
import { PROGRESS_VERSION } from '../../src/features/progress/progress-schema';
import type { Page } from '@playwright/test';
import { expect, interact, test, waitForHydration } from './fixtures';

const KEY = 'cours-docker:progress';
const LESSON_PATH = '/virtualisation/definition';
const OTHER_PATH = '/virtualisation/avantages-inconvenients';

function doneRecord(at: string) {
  return { firstVisitAt: at, lastVisitAt: at, markedDoneAt: at, unmarkedAt: null };
}

function progressFile(lessonId: string, at = '2025-03-01T10:00:00.000Z') {
  return {
    app: 'cours-docker',
    version: 2,
    exportedAt: at,
    data: { lessons: { [lessonId]: doneRecord(at) }, quizzes: {}, lastLocation: null, reset: null },
  };
}

function upload(name: string, content: string) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(content, 'utf8') };
}

/** The row of a lesson in the progress page's tables, found by its link. */
function lessonRow(page: Page, path: string) {
  return page.getByRole('row').filter({ has: page.locator(`a[href$="${path}"]`) });
}

async function importFile(page: Page, content: string, choice: 'Fusionner' | 'Remplacer' = 'Fusionner') {
  await page.getByLabel('Fichier de progression (.json)').setInputFiles(upload('sauvegarde.json', content));
  await expect(page.getByRole('heading', { name: 'Contenu du fichier' })).toBeVisible();
  await page.getByRole('button', { name: choice, exact: true }).click();
}

async function storedValue(page: Page): Promise<string | null> {
  return page.evaluate((key) => window.localStorage.getItem(key), KEY);
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

test('progress survives a reload', async ({ page, scan }) => {
  await page.goto('/progression');
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Votre progression' })).toBeVisible();
  await expect(page.getByText(/Quand une leçon est-elle terminée/)).toBeVisible();
  await importFile(page, JSON.stringify(progressFile('virt-definition')));
  await expect(page.getByText('Le fichier a été fusionné avec votre progression.')).toBeVisible();
  await expect(lessonRow(page, LESSON_PATH)).toContainText('Terminée');
  await scan('progress page');

  await page.reload();
  await expect(lessonRow(page, LESSON_PATH)).toContainText('Terminée');
  const stored = JSON.parse((await storedValue(page)) ?? 'null') as { app: string; version: number };
  expect(stored).toMatchObject({ app: 'cours-docker', version: PROGRESS_VERSION });
});

test('visiting a lesson is remembered as the place to resume', async ({ page }) => {
  await page.goto(LESSON_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The learner reads: on a first visit, that starts the app (decision 010), which records the visit.
  await interact(page);
  await expect.poll(async () => storedValue(page)).toContain('virt-definition');
  await page.goto('/progression');
  await waitForHydration(page);
  await expect(lessonRow(page, LESSON_PATH)).toContainText('En cours');
});

test('corrupted data: a clean start, the raw text kept aside and downloadable, the learner told', async ({
  page,
  scan,
}) => {
  await seedOnce(page, 'ceci n’est pas du JSON {');
  await page.goto('/progression');
  await waitForHydration(page);
  await expect(page.getByRole('status').filter({ hasText: /illisibles/ })).toBeVisible();
  const section = page.getByRole('region', { name: 'Données illisibles mises de côté' });
  await expect(section).toBeVisible();
  const backups = await page.evaluate(() =>
    Object.keys(window.localStorage).filter((key) => key.startsWith('cours-docker:progress:corrupt-')),
  );
  expect(backups).toHaveLength(1);
  const downloadPromise = page.waitForEvent('download');
  await section.getByRole('button', { name: /Télécharger les données du/ }).click();
  const download = await downloadPromise;
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  expect(await readFile(path, 'utf8')).toBe('ceci n’est pas du JSON {');
  await expect(lessonRow(page, LESSON_PATH)).toContainText('Pas commencée');
  await scan('progress page with set-aside data');
});

test('wrong-shape data is set aside too', async ({ page }) => {
  await seedOnce(page, JSON.stringify({ app: 'cours-docker', version: 2, data: { lessons: 'tout' } }));
  await page.goto('/progression');
  await waitForHydration(page);
  await expect(page.getByRole('region', { name: 'Données illisibles mises de côté' })).toBeVisible();
});

test('an older version (v1) is migrated with nothing lost', async ({ page }) => {
  await seedOnce(
    page,
    JSON.stringify({ version: 1, completed: ['virt-definition'], scores: {}, lastPath: LESSON_PATH }),
  );
  await page.goto('/progression');
  await waitForHydration(page);
  await expect(lessonRow(page, LESSON_PATH)).toContainText('Terminée');
  await expect.poll(async () => storedValue(page)).toContain(`"version":${PROGRESS_VERSION}`);
  expect(await page.evaluate(() => window.localStorage.getItem('cours-docker:progress:backup-v1'))).toContain(
    '"version":1',
  );
});

test('a newer version is shown read-only and never overwritten', async ({ page, scan }) => {
  // A later version's file holds at least today's fields (here labs and review cards), plus its own.
  const today = progressFile('virt-definition');
  const newer = JSON.stringify({
    ...today,
    version: 99,
    data: { ...today.data, labs: {}, cards: {}, badges: { premier: true } },
  });
  await seedOnce(page, newer);
  await page.goto('/progression');
  await waitForHydration(page);
  await expect(page.getByText(/version plus récente du cours \(format 99\)/)).toBeVisible();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /version plus récente/ })
      .first(),
  ).toBeVisible();
  await expect(lessonRow(page, LESSON_PATH)).toContainText('Terminée');
  await expect(page.getByLabel('Fichier de progression (.json)')).toHaveCount(0);
  await scan('progress page, read-only');
  // Visiting a lesson would save progress: here nothing may be written.
  await page.goto(OTHER_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/progression');
  await waitForHydration(page);
  expect(await storedValue(page)).toBe(newer);
});

for (const [label, error] of [
  ['setItem throwing', "new DOMException('refusé', 'SecurityError')"],
  ['quota exceeded', "new DOMException('plein', 'QuotaExceededError')"],
] as const) {
  test(`storage unavailable (${label}): memory only, a persistent notice, no error`, async ({ page }) => {
    await page.addInitScript(`Storage.prototype.setItem = function () { throw ${error}; };`);
    await page.goto('/progression');
    await waitForHydration(page);
    await expect(page.getByText(/le stockage de ce navigateur est indisponible/).first()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /ne sera pas conservée/ })).toBeVisible();
    await importFile(page, JSON.stringify(progressFile('virt-definition')));
    await expect(lessonRow(page, LESSON_PATH)).toContainText('Terminée');
    // Shown again at the next load, even after being dismissed.
    await page.getByRole('button', { name: 'Masquer ce message' }).click();
    await expect(page.getByRole('status').filter({ hasText: /ne sera pas conservée/ })).toHaveCount(0);
    // Nothing could be stored: the next load is a first visit again, whose app starts when the learner moves.
    await page.reload();
    await waitForHydration(page);
    await expect(page.getByRole('status').filter({ hasText: /ne sera pas conservée/ })).toBeVisible();
  });
}

test('storage disabled altogether: the app still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('refusé', 'SecurityError');
      },
    });
  });
  await page.goto('/progression');
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Votre progression' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /ne sera pas conservée/ })).toBeVisible();
});

test('two tabs: progress made in one appears in the other, and neither erases the other’s', async ({
  page,
  context,
}) => {
  const other = await context.newPage();
  await page.goto('/progression');
  await waitForHydration(page);
  await other.goto('/progression');
  await waitForHydration(other);
  await importFile(page, JSON.stringify(progressFile('virt-definition')));
  // The storage event brings it to the other tab without a reload.
  await expect(lessonRow(other, LESSON_PATH)).toContainText('Terminée');
  await importFile(other, JSON.stringify(progressFile('virt-avantages')));
  await expect(lessonRow(page, OTHER_PATH)).toContainText('Terminée');
  await expect(lessonRow(page, LESSON_PATH)).toContainText('Terminée');
  const stored = (await storedValue(page)) ?? '';
  expect(stored).toContain('virt-definition');
  expect(stored).toContain('virt-avantages');
  await other.close();
});

test('two tabs: a reset in one is not undone by the other', async ({ page, context }) => {
  const other = await context.newPage();
  await page.goto('/progression');
  await waitForHydration(page);
  await importFile(page, JSON.stringify(progressFile('virt-definition')));
  await other.goto('/progression');
  await waitForHydration(other);
  await expect(lessonRow(other, LESSON_PATH)).toContainText('Terminée');
  await page.getByRole('button', { name: 'Effacer ma progression…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Tout effacer' }).click();
  await expect(lessonRow(other, LESSON_PATH)).toContainText('Pas commencée');
  // The other tab saves something of its own: the reset holds.
  await importFile(other, JSON.stringify(progressFile('virt-avantages', new Date().toISOString())));
  await expect(lessonRow(page, OTHER_PATH)).toContainText('Terminée');
  await expect(lessonRow(page, LESSON_PATH)).toContainText('Pas commencée');
  await other.close();
});

test('import of a bad file: refused with a clear message, progress untouched', async ({ page, scan }) => {
  await page.goto('/progression');
  await waitForHydration(page);
  await importFile(page, JSON.stringify(progressFile('virt-definition')));
  const before = await storedValue(page);
  const input = page.getByLabel('Fichier de progression (.json)');

  await input.setInputFiles(upload('notes.json', 'ceci est une liste de courses'));
  await expect(page.getByRole('alert')).toContainText('n’est pas au format JSON');
  await scan('progress page, import refused');

  await input.setInputFiles(upload('coupé.json', JSON.stringify(progressFile('virt-avantages')).slice(0, 60)));
  await expect(page.getByRole('alert')).toContainText('tronqué');

  await input.setInputFiles(upload('autre.json', JSON.stringify({ app: 'autre-application', version: 2, data: {} })));
  await expect(page.getByRole('alert')).toContainText('ne vient pas de ce cours');

  const hostile = '{"app":"cours-docker","version":2,"data":{"lessons":{"__proto__":{"polluted":true}}}}';
  await input.setInputFiles(upload('piege.json', hostile));
  await expect(page.getByRole('alert')).toContainText('clés interdites');

  const scripted = JSON.stringify({
    ...progressFile('virt-definition'),
    data: {
      ...progressFile('x').data,
      lessons: { '<img src=x onerror=alert(1)>': doneRecord('2025-03-01T10:00:00.000Z') },
    },
  });
  await input.setInputFiles(upload('script.json', scripted));
  await expect(page.getByRole('alert')).toContainText('n’est pas valide');

  await input.setInputFiles(upload('enorme.json', `{"a":"${'x'.repeat(5 * 1024 * 1024 + 10)}"}`));
  await expect(page.getByRole('alert')).toContainText('trop volumineux');

  expect(await storedValue(page)).toBe(before);
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
});

test('export downloads a dated JSON file', async ({ page }) => {
  await page.goto('/progression');
  await waitForHydration(page);
  await importFile(page, JSON.stringify(progressFile('virt-definition')));
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter ma progression' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^cours-docker-progression-\d{4}-\d{2}-\d{2}\.json$/);
  const { readFile } = await import('node:fs/promises');
  const file = JSON.parse(await readFile(await download.path(), 'utf8')) as Record<string, unknown>;
  expect(file).toMatchObject({ app: 'cours-docker', version: PROGRESS_VERSION });
  expect(JSON.stringify(file.data)).toContain('virt-definition');
});

test('reset asks for confirmation, offers an export first, then erases', async ({ page, scan }) => {
  await page.goto('/progression');
  await waitForHydration(page);
  await importFile(page, JSON.stringify(progressFile('virt-definition')));
  const opener = page.getByRole('button', { name: 'Effacer ma progression…' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: /Effacer toute votre progression/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await scan('reset dialog');

  // Escape cancels.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(lessonRow(page, LESSON_PATH)).toContainText('Terminée');

  await opener.click();
  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Exporter d’abord' }).click();
  expect((await downloadPromise).suggestedFilename()).toMatch(/^cours-docker-progression-/);
  await dialog.getByRole('button', { name: 'Tout effacer' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Votre progression a été effacée.')).toBeVisible();
  await expect(lessonRow(page, LESSON_PATH)).toContainText('Pas commencée');
  await page.reload();
  await expect(lessonRow(page, LESSON_PATH)).toContainText('Pas commencée');
});
