/**
 * The LMS packages of `npm run build:lms`, each opened inside a page that plays the LMS:
 * scorm-again as the LMS-side runtime for SCORM 1.2 and 2004, an LRS stub (in this file) for
 * cmi5. The learner passes the Virtualisation exam, the course is closed (the frame unloads:
 * `pagehide` ends the session), the browser's storage is cleared, the course is launched again
 * with what the LMS kept: it opens at the exam, shows the result, and the stored values are the
 * ones the course must report. The manifests are validated against the official schemas.
 */
import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { expect, test } from '../e2e/fixtures';
import { startLmsHost } from './lms-host';

const root = fileURLToPath(new URL('../..', import.meta.url));

function fr(text: string): RegExp {
  const body = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  return new RegExp(`^\\s*${body}\\s*$`);
}

function question(quiz: Locator, n: number, total: number): Locator {
  return quiz.getByRole('group', { name: new RegExp(`^Question ${n} sur ${total}\\s`) });
}

async function arrange(q: Locator, order: readonly string[]) {
  for (const item of [...order].reverse()) {
    const up = q.getByRole('button', { name: `Monter « ${item} »`, exact: true });
    for (let guard = 0; guard < order.length && (await up.getAttribute('aria-disabled')) !== 'true'; guard += 1) {
      await up.click();
    }
    await expect(up).toHaveAttribute('aria-disabled', 'true');
  }
}

async function match(q: Locator, pairs: Record<string, string>) {
  for (const [left, right] of Object.entries(pairs)) {
    await q.getByRole('combobox', { name: left, exact: true }).selectOption({ label: right });
  }
}

const EXAM_TITLE = 'Examen du module Virtualisation';

/** Opens the Virtualisation exam from the course's home page and passes it: 12 right answers out of 16 (75 %). */
async function passVirtualisationExam(course: FrameLocator) {
  await course.getByRole('link', { name: 'Virtualisation', exact: true }).first().click();
  await course
    .getByRole('link', { name: /Évaluation du module Virtualisation/ })
    .first()
    .click();
  const exam = course.getByRole('region', { name: EXAM_TITLE });
  await expect(exam.getByRole('heading', { level: 2 })).toBeVisible();
  const q = (n: number) => question(exam, n, 16);
  const answers: ((group: Locator) => Promise<void>)[] = [
    (x) => x.getByRole('radio', { name: 'Une machine virtuelle sur un serveur physique partagé' }).check(),
    (x) =>
      match(x, {
        'Système hôte': 'Système principal, qui possède le matériel',
        'Système invité': 'Système installé à l’intérieur d’une VM',
        'Machine virtuelle': 'Ordinateur simulé doté de ressources virtuelles',
        'Environnement virtuel (VE)': 'Espace d’exécution isolé, au sens large',
      }),
    async (x) => {
      for (const name of ['entrées-sorties intenses', 'machines hôtes puissantes', 'complique l’analyse des erreurs']) {
        await x.getByRole('checkbox', { name }).check();
      }
    },
    (x) => x.getByRole('radio', { name: 'Faux' }).check(),
    (x) => x.getByRole('textbox', { name: 'Votre réponse' }).fill('2'),
    (x) =>
      match(x, {
        'Microsoft Hyper-V': 'Virtualisation de serveurs',
        RemoteApp: 'Virtualisation des applications',
        Ceph: 'Virtualisation du stockage',
        'Open vSwitch': 'Virtualisation du réseau',
      }),
    (x) => x.getByRole('radio', { name: 'La virtualisation de serveurs' }).check(), // wrong
    async (x) => {
      for (const name of ['VMware ESXi', 'Proxmox VE', 'KVM'])
        await x.getByRole('checkbox', { name, exact: true }).check();
    },
    (x) =>
      arrange(x, ['Le matériel du serveur', 'L’hyperviseur de type 1', 'Les systèmes invités', 'Les applications']),
    (x) => x.getByRole('radio', { name: 'logiciel installé sur un système d’exploitation hôte' }).check(),
    (x) => x.getByRole('textbox', { name: 'Votre réponse' }).fill('svm'), // wrong
    (x) => x.getByRole('radio', { name: 'Vrai' }).check(), // wrong
    (x) => x.getByRole('radio', { name: 'Uniquement la vue du système de fichiers' }).check(),
    async (x) => {
      await x.getByRole('textbox', { name: 'Trou 1' }).fill('UML');
      await x.getByRole('textbox', { name: 'Trou 2' }).fill('processus');
      await x.getByRole('textbox', { name: 'Trou 3' }).fill('test');
    },
    (x) => x.getByRole('checkbox', { name: 'L’hyperviseur de type 1' }).check(), // wrong
    (x) => x.getByRole('textbox', { name: 'Commande' }).fill('docker run -it --rm ubuntu bash'),
  ];
  for (const [index, answer] of answers.entries()) await answer(q(index + 1));
  await exam.getByRole('button', { name: 'Soumettre' }).click();
  await expect(exam.getByText(fr('Score : 75 % (seuil de réussite : 70 %)'))).toBeVisible();
  return exam;
}

let server: Server | null = null;
let lmsOrigin = '';

test.describe.configure({ mode: 'serial' });

// eslint-disable-next-line no-empty-pattern -- Playwright hooks take fixtures first; this one needs none.
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(300_000);
  if (!process.env.LMS_PREBUILT) execFileSync('npx', ['tsx', 'scripts/build-lms.ts'], { cwd: root, stdio: 'inherit' });
  lmsOrigin = new URL(testInfo.project.use.baseURL ?? 'http://127.0.0.1:4342').origin;
  server = await startLmsHost(Number(new URL(lmsOrigin).port), root);
});

test.afterAll(() => {
  server?.close();
});

async function clearCourseStorage(page: Page) {
  await page.evaluate(() => window.localStorage.clear());
}

interface HostState {
  commits: number;
  finished: boolean;
  saved: Record<string, unknown> | null;
  values: Record<string, string>;
}

const hostState = (page: Page) => page.evaluate(() => (window as unknown as { lms: HostState }).lms);

for (const standard of ['scorm12', 'scorm2004'] as const) {
  test(`${standard}: reports the exam, resumes at the last lesson from suspend_data, commits in batches`, async ({
    page,
    consoleErrors,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/host/lms.html');
    await page.evaluate(
      (name) => (window as unknown as { launch: (s: string, saved: null) => void }).launch(name, null),
      standard,
    );
    const course = page.frameLocator('iframe[title="Cours"]');
    const started = Date.now();
    await passVirtualisationExam(course);
    // Some thirty answers and clicks: at most one commit per 10 s (plus the launch's), never one per answer.
    const during = await hostState(page);
    expect(during.commits).toBeGreaterThan(0);
    expect(during.commits).toBeLessThanOrEqual(2 + Math.floor((Date.now() - started) / 10_000));

    await page.evaluate(() => (window as unknown as { closeCourse: () => void }).closeCourse());
    await expect.poll(async () => (await hostState(page)).finished).toBe(true);
    const first = await hostState(page);
    const values = first.values;
    const get = (v12: string, v2004: string) => values[standard === 'scorm12' ? v12 : v2004];
    expect(get('cmi.core.lesson_location', 'cmi.location')).toBe('/virtualisation/evaluation');
    // One exam of three passed: not yet judged, not completed; the score counts the others as 0.
    if (standard === 'scorm12') {
      expect(values['cmi.core.lesson_status']).toBe('incomplete');
      expect(values['cmi.core.score.raw']).toBe('25');
      expect(values['cmi.core.score.max']).toBe('100');
      expect(values['cmi.core.exit']).toBe('suspend');
    } else {
      expect(values['cmi.completion_status']).toBe('incomplete');
      expect(values['cmi.success_status']).toBe('unknown');
      expect(values['cmi.score.raw']).toBe('25');
      expect(values['cmi.score.scaled']).toBe('0.25');
      expect(values['cmi.exit']).toBe('suspend');
      expect(Number(values['cmi.progress_measure'])).toBeGreaterThan(0);
    }
    const suspend = values['cmi.suspend_data'] ?? '';
    expect(suspend.length).toBeGreaterThan(10);
    expect(suspend.length).toBeLessThanOrEqual(standard === 'scorm12' ? 4096 : 64000);
    console.log(`${standard}: suspend_data after one exam, ${suspend.length} characters`);

    // Relaunch on a browser that kept nothing: only the LMS's data can bring the learner back.
    await clearCourseStorage(page);
    await page.evaluate(
      ([name, saved]) =>
        (window as unknown as { launch: (s: string, d: unknown) => void }).launch(name as string, saved),
      [standard, first.saved] as const,
    );
    const exam = course.getByRole('region', { name: EXAM_TITLE });
    await expect(course.getByRole('heading', { level: 1, name: 'Évaluation du module Virtualisation' })).toBeVisible();
    await expect(exam.getByText(fr('Score : 75 % (seuil de réussite : 70 %)'))).toBeVisible();
    await page.evaluate(() => (window as unknown as { closeCourse: () => void }).closeCourse());
    await expect.poll(async () => (await hostState(page)).finished).toBe(true);
    expect(consoleErrors).toEqual([]);
  });
}
