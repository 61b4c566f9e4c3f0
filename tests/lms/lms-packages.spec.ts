/**
 * The LMS packages of `npm run build:lms`, each opened inside a page that plays the LMS:
 * scorm-again as the LMS-side runtime for SCORM 1.2 and 2004, an LRS stub (in this file) for
 * cmi5. The learner passes the Virtualisation exam, the course is closed (the frame unloads:
 * `pagehide` ends the session), the browser's storage is cleared, the course is launched again
 * with what the LMS kept: it opens at the exam, shows the result, and the stored values are the
 * ones the course must report. The manifests are validated against the official schemas.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { loadCourseQuizzes } from '../../src/build/content/course-quizzes';
import { encodeSuspendDataPlain } from '../../src/lib/lms/suspend-codec';
import type { JsonValue } from '../../src/lib/quiz-records';
import { expect, test } from '../e2e/fixtures';
import { startLmsHost, type LmsHost } from './lms-host';

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
async function passVirtualisationExam(course: FrameLocator | Page) {
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
      arrange(x, ['Les applications', 'Les systèmes invités', 'L’hyperviseur de type 1', 'Le matériel du serveur']),
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

let host: LmsHost | null = null;
let lmsOrigin = '';

test.describe.configure({ mode: 'serial' });

// eslint-disable-next-line no-empty-pattern -- Playwright hooks take fixtures first; this one needs none.
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(300_000);
  if (!process.env.LMS_PREBUILT) execFileSync('npx', ['tsx', 'scripts/build-lms.ts'], { cwd: root, stdio: 'inherit' });
  lmsOrigin = new URL(testInfo.project.use.baseURL ?? 'http://127.0.0.1:4342').origin;
  host = await startLmsHost(Number(new URL(lmsOrigin).port), root);
});

test.afterEach(() => {
  host?.setLrs(null);
});

test.afterAll(() => {
  host?.server.close();
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

/* ------------------------------------------------------------------------------------------------
 * cmi5, against an LRS stub
 * ---------------------------------------------------------------------------------------------- */

interface Statement {
  id: string;
  timestamp: string;
  actor: unknown;
  verb: { id: string };
  object: { id: string };
  result?: { success?: boolean; completion?: boolean; duration?: string; score?: { scaled: number; raw: number } };
  context: {
    registration: string;
    contextActivities: { category?: { id: string }[]; grouping?: { id: string }[] };
    extensions: Record<string, unknown>;
  };
}

const VERB = (name: string) => `http://adlnet.gov/expapi/verbs/${name}`;
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const ACTIVITY = 'urn:cours-docker:cours:au:complet';
const REGISTRATION = '0f3b1a62-6c8e-4a53-9a0e-6f1d2c3b4a50';
const ACTOR = {
  objectType: 'Agent',
  name: 'Camille Martin',
  account: { homePage: 'https://lms.example', name: 'apprenant-7' },
};

/**
 * An LRS as cmi5 needs it: one-time token fetch, the LaunchData state, this course's state,
 * statements. Served by the test LMS's own HTTP server (lms-host.ts says why not `page.route`).
 */
function lrsStub(lmsHost: LmsHost, origin: string) {
  const lrs = {
    statements: [] as Statement[],
    tokenFetches: 0,
    states: new Map<string, string>(),
    badRequests: [] as string[],
    session: 'session-de-la-plateforme-1',
  };
  const token = Buffer.from('apprenant-7:secret').toString('base64');
  lmsHost.setLrs(({ method, url, headers, body }) => {
    const path = url.pathname.replace(/^\/lrs\//, '');
    if (path === 'fetch') {
      lrs.tokenFetches += 1;
      // The fetch URL works once per launch (cmi5 8.2).
      if (lrs.tokenFetches > 1 && url.searchParams.get('launch') === 'used') {
        return { status: 200, json: { 'error-code': '1', 'error-text': 'déjà utilisé' } };
      }
      return { status: 200, json: { 'auth-token': token } };
    }
    if (headers.authorization !== `Basic ${token}` || headers['x-experience-api-version'] !== '1.0.3') {
      lrs.badRequests.push(`${method} ${path}`);
      return { status: 401 };
    }
    if (path === 'activities/state') {
      const stateId = url.searchParams.get('stateId') ?? '';
      const registration = url.searchParams.get('registration');
      const activityId = url.searchParams.get('activityId');
      if (registration !== REGISTRATION || activityId !== ACTIVITY) {
        lrs.badRequests.push(`${method} ${path} ${stateId}: registration ${registration}, activity ${activityId}`);
        return { status: 400 };
      }
      if (stateId === 'LMS.LaunchData') {
        return {
          status: 200,
          json: {
            contextTemplate: {
              contextActivities: { grouping: [{ id: 'urn:cours-docker:cours' }] },
              extensions: { [SESSION]: lrs.session },
            },
            launchMode: 'Normal',
            masteryScore: 0.7,
            moveOn: 'CompletedAndPassed',
            returnURL: `${origin}/host/lms.html`,
          },
        };
      }
      if (method === 'PUT') {
        lrs.states.set(stateId, body);
        return { status: 204 };
      }
      const stored = lrs.states.get(stateId);
      return stored ? { status: 200, jsonText: stored } : { status: 404 };
    }
    if (path === 'statements' && method === 'POST') {
      lrs.statements.push(JSON.parse(body || 'null') as Statement);
      return { status: 200, json: [] };
    }
    lrs.badRequests.push(`${method} ${path}`);
    return { status: 404 };
  });
  return lrs;
}

function launchUrl(origin: string, fetchTag: string): string {
  const params = new URLSearchParams({
    endpoint: `${origin}/lrs/`,
    fetch: `${origin}/lrs/fetch?launch=${fetchTag}`,
    actor: JSON.stringify(ACTOR),
    registration: REGISTRATION,
    activityId: ACTIVITY,
  });
  return `/pkg/cmi5/index.html?${params.toString()}`;
}

/** A learner who did everything but the Virtualisation exam (every other lesson marked done, the other exams passed). */
function almostDoneProgress(): string {
  const { outline, quizzes } = loadCourseQuizzes(root);
  const at = '2026-10-01T09:00:00.000Z';
  const lessons: Record<string, JsonValue> = {};
  for (const lesson of outline.modules.flatMap((module) => module.lessons)) {
    if (lesson.id === 'virt-evaluation') continue;
    lessons[lesson.id] = { firstVisitAt: at, lastVisitAt: at, markedDoneAt: at, unmarkedAt: null };
  }
  const exams: Record<string, JsonValue> = {};
  for (const { lesson, quiz } of quizzes) {
    if (lesson.kind !== 'assessment' || lesson.id === 'virt-evaluation') continue;
    exams[quiz.id] = {
      lessonId: lesson.id,
      attempts: [
        {
          seed: 1,
          startedAt: at,
          finishedAt: at,
          mode: 'exam',
          answers: {},
          hintsUsed: {},
          questionScores: {},
          score: 1,
          passed: true,
        },
      ],
      draft: null,
      draftSavedAt: null,
    };
  }
  const envelope = {
    app: 'cours-docker',
    version: 2,
    data: { lessons, quizzes: exams, lastLocation: null, reset: null },
  };
  return JSON.stringify({
    location: null,
    suspendData: encodeSuspendDataPlain(envelope),
    sent: { passed: false, failed: false, completed: false },
  });
}

test('cmi5: initialized, passed and completed once with score and moveOn, terminated last; resumes from the state document', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  if (!host) throw new Error('the test LMS is not running');
  const lrs = lrsStub(host, lmsOrigin);
  lrs.states.set('cours-docker-progress', almostDoneProgress());

  // Launched in a frame of the LMS's page (cmi5 AnyWindow); closing removes the frame.
  const launch = async (tag: string) => {
    await page.goto('/host/lms.html');
    await page.evaluate(
      (url) => (window as unknown as { launchUrl: (u: string) => void }).launchUrl(url),
      launchUrl(lmsOrigin, tag),
    );
    return page.frameLocator('iframe[title="Cours"]');
  };
  const close = () => page.evaluate(() => (window as unknown as { closeCourse: () => void }).closeCourse());
  const course = await launch('first');
  await expect.poll(() => lrs.statements.length).toBe(1);
  await passVirtualisationExam(course);
  await expect.poll(() => lrs.statements.map((statement) => statement.verb.id)).toContain(VERB('completed'));
  await close();
  await expect.poll(() => lrs.statements.at(-1)?.verb.id).toBe(VERB('terminated'));

  const verbs = lrs.statements.map((statement) => statement.verb.id);
  expect(verbs).toEqual([VERB('initialized'), VERB('passed'), VERB('completed'), VERB('terminated')]);
  expect(lrs.tokenFetches).toBe(1);
  expect(lrs.badRequests).toEqual([]);
  for (const statement of lrs.statements) {
    expect(statement.actor).toEqual(ACTOR);
    expect(statement.object.id).toBe(ACTIVITY);
    expect(statement.context.registration).toBe(REGISTRATION);
    // The context template is used as given: the LMS's session id and grouping.
    expect(statement.context.extensions[SESSION]).toBe(lrs.session);
    expect(statement.context.contextActivities.grouping).toEqual([{ id: 'urn:cours-docker:cours' }]);
    expect(statement.context.contextActivities.category).toContainEqual({ id: CMI5 });
  }
  const [, passed, completed, terminated] = lrs.statements;
  // (1 + 1 + 0.75) / 3 of the exams: 91.67 %, at or above the mastery score 0.7.
  expect(passed?.result).toMatchObject({ success: true, score: { scaled: 0.9167, raw: 91.67, min: 0, max: 100 } });
  expect(passed?.context.extensions[MASTERY]).toBe(0.7);
  expect(passed?.context.contextActivities.category).toContainEqual({ id: MOVEON });
  expect(completed?.result).toMatchObject({ completion: true });
  expect(completed?.context.contextActivities.category).toContainEqual({ id: MOVEON });
  expect(terminated?.context.contextActivities.category).not.toContainEqual({ id: MOVEON });
  for (const statement of [passed, completed, terminated])
    expect(statement?.result?.duration).toMatch(/^PT\d+H\d+M[\d.]+S$/);

  // Relaunch, same registration, a browser that kept nothing: back at the exam, nothing judged twice.
  await clearCourseStorage(page);
  const again = await launch('second');
  await expect(again.getByRole('heading', { level: 1, name: 'Évaluation du module Virtualisation' })).toBeVisible();
  await expect(
    again.getByRole('region', { name: EXAM_TITLE }).getByText(fr('Score : 75 % (seuil de réussite : 70 %)')),
  ).toBeVisible();
  await close();
  await expect
    .poll(() => lrs.statements.filter((statement) => statement.verb.id === VERB('terminated')).length)
    .toBe(2);
  expect(lrs.statements.slice(4).map((statement) => statement.verb.id)).toEqual([
    VERB('initialized'),
    VERB('terminated'),
  ]);
  expect(lrs.badRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
