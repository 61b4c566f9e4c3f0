/**
 * The cmi5 assignable unit's side of a launch: reads the launch parameters (endpoint, fetch,
 * actor, registration, activityId), fetches the auth token once, reads the LMS.LaunchData state
 * (context template, launch mode, mastery score, moveOn), and sends the cmi5-defined statements:
 * initialized first, then at most one passed or failed and one completed, terminated last. The
 * learner's progress and place are kept in an xAPI state document of this course (the cmi5
 * counterpart of suspend_data), written in batches.
 */
import { createThrottle, type LmsLaunch, type LmsReport, type LmsSession } from './lms-session';

const VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;
type Verb = keyof typeof VERBS;
const VERB_NAMES: Record<Verb, string> = {
  initialized: 'initialized',
  completed: 'completed',
  passed: 'passed',
  failed: 'failed',
  terminated: 'terminated',
};
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const STATE_ID = 'cours-docker-progress';
export const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

/** What this course keeps in its state document: the progress, the place, and the judgements already sent. */
interface SavedState {
  location: string | null;
  suspendData: string | null;
  /** Verbs sent in this registration: passed and completed are sent once per registration (cmi5 9.3). */
  sent: { passed: boolean; failed: boolean; completed: boolean };
}

export interface Cmi5Params {
  endpoint: string;
  fetch: string;
  actor: Record<string, unknown>;
  registration: string;
  activityId: string;
}

/** The five launch parameters, or null when the URL does not carry them all. */
export function readLaunchParams(href: string): Cmi5Params | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const get = (name: string) => url.searchParams.get(name);
  const endpoint = get('endpoint');
  const fetchUrl = get('fetch');
  const actorText = get('actor');
  const registration = get('registration');
  const activityId = get('activityId');
  if (!endpoint || !fetchUrl || !actorText || !registration || !activityId) return null;
  try {
    const actor = JSON.parse(actorText) as unknown;
    if (typeof actor !== 'object' || actor === null || Array.isArray(actor)) return null;
    return {
      endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
      fetch: fetchUrl,
      actor: actor as Record<string, unknown>,
      registration,
      activityId,
    };
  } catch {
    return null;
  }
}

function uuid(): string {
  try {
    return crypto.randomUUID();
  } catch {
    const hex = [...Array<number>(32)].map(() => Math.floor(Math.random() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

/** ISO 8601 duration with centiseconds, as xAPI results carry it. */
export function xapiDuration(ms: number): string {
  const centiseconds = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor((centiseconds % 360_000) / 6_000);
  return `PT${hours}H${minutes}M${(centiseconds % 6_000) / 100}S`;
}

interface LaunchData {
  contextTemplate?: Record<string, unknown>;
  launchMode?: string;
  masteryScore?: number;
  moveOn?: string;
}

export interface Cmi5Options {
  fetchImpl?: typeof fetch;
  commitIntervalMs?: number;
}

/** Starts a cmi5 session when the URL carries the launch parameters; null otherwise or when the LMS refuses. */
export async function startCmi5Session(href: string, options: Cmi5Options = {}): Promise<LmsSession | null> {
  const params = readLaunchParams(href);
  if (!params) return null;
  const request = options.fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const tokenResponse = await request(params.fetch, { method: 'POST' });
  if (!tokenResponse.ok) return null;
  const token = ((await tokenResponse.json()) as Record<string, unknown>)['auth-token'];
  if (typeof token !== 'string' || token === '') return null;
  const headers = {
    Authorization: `Basic ${token}`,
    'X-Experience-API-Version': '1.0.3',
  };
  const agent = JSON.stringify(params.actor);
  const stateUrl = (stateId: string) =>
    `${params.endpoint}activities/state?${new URLSearchParams({
      stateId,
      activityId: params.activityId,
      agent,
      registration: params.registration,
    }).toString()}`;

  const launchDataResponse = await request(stateUrl('LMS.LaunchData'), { headers });
  if (!launchDataResponse.ok) return null;
  const launchData = (await launchDataResponse.json()) as LaunchData;
  const sessionId = uuid();

  const startedAt = Date.now();

  const saved: SavedState = {
    location: null,
    suspendData: null,
    sent: { passed: false, failed: false, completed: false },
  };
  const savedResponse = await request(stateUrl(STATE_ID), { headers });
  if (savedResponse.ok) {
    const body = (await savedResponse.json().catch(() => null)) as Record<string, unknown> | null;
    const sent = (body?.sent ?? {}) as Record<string, unknown>;
    saved.location = typeof body?.location === 'string' ? body.location : null;
    saved.suspendData = typeof body?.suspendData === 'string' ? body.suspendData : null;
    saved.sent = { passed: sent.passed === true, failed: sent.failed === true, completed: sent.completed === true };
  }

  const normal = (launchData.launchMode ?? 'Normal') === 'Normal';
  const mastery = typeof launchData.masteryScore === 'number' ? launchData.masteryScore : null;
  const sent = { ...saved.sent };
  const template = launchData.contextTemplate ?? {};
  const templateActivities = (template.contextActivities ?? {}) as Record<string, unknown>;
  const templateCategories = Array.isArray(templateActivities.category)
    ? (templateActivities.category as unknown[])
    : [];
  const templateExtensions = (template.extensions ?? {}) as Record<string, unknown>;
  const statement = (verb: Verb, result?: Record<string, unknown>) => {
    const moveOn = verb === 'passed' || verb === 'failed' || verb === 'completed';
    const judged = (verb === 'passed' || verb === 'failed') && mastery !== null;
    return {
      id: uuid(),
      timestamp: new Date().toISOString(),
      actor: params.actor,
      verb: { id: VERBS[verb], display: { 'en-US': VERB_NAMES[verb] } },
      object: { objectType: 'Activity', id: params.activityId },
      ...(result ? { result } : {}),
      context: {
        ...template,
        registration: params.registration,
        contextActivities: {
          ...templateActivities,
          category: [...templateCategories, { id: CMI5_CATEGORY }, ...(moveOn ? [{ id: MOVEON_CATEGORY }] : [])],
        },
        extensions: {
          // The LMS's session id, from the template; one of ours only if it gave none.
          [SESSION_EXTENSION]: sessionId,
          ...templateExtensions,
          ...(judged ? { [MASTERY_EXTENSION]: mastery } : {}),
        },
      },
    };
  };

  /** Statements go out in order, one request at a time; the last ones with `keepalive` when the page goes. */
  let queue: Promise<unknown> = Promise.resolve();
  const send = (body: unknown, keepalive = false) => {
    queue = queue
      .then(() =>
        request(`${params.endpoint}statements`, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
          keepalive,
        }),
      )
      .catch(() => undefined);
    return queue;
  };
  await send(statement('initialized'));

  let pendingState: SavedState | null = null;
  let ended = false;
  const writeState = (keepalive: boolean) => {
    if (!pendingState) return;
    const body = JSON.stringify(pendingState);
    pendingState = null;
    queue = queue
      .then(() =>
        request(stateUrl(STATE_ID), {
          method: 'PUT',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body,
          keepalive,
        }),
      )
      .catch(() => undefined);
  };
  const throttle = createThrottle(() => writeState(false), options.commitIntervalMs ?? 10_000);

  const launch: LmsLaunch = {
    learnerId: `${JSON.stringify(params.actor)}|${params.registration}`,
    location: saved.location,
    suspendData: saved.suspendData,
    suspendLimit: 1_000_000,
    masteryScore: mastery,
    reviewOnly: !normal,
  };

  /** Sends passed, failed or completed once each per registration, as cmi5 requires; true when one was sent. */
  const judge = (report: LmsReport): boolean => {
    if (!normal) return false;
    const duration = xapiDuration(Date.now() - startedAt);
    const score =
      report.score === null
        ? undefined
        : { scaled: Math.round(report.score * 100) / 10_000, raw: report.score, min: 0, max: 100 };
    // Passed: every exam passed and, with the LMS's mastery score, a scaled score at or above it.
    const passed = report.passed === true && (mastery === null || (score !== undefined && score.scaled >= mastery));
    const failed = !passed && report.passed !== null;
    let changed = false;
    if (passed && !sent.passed) {
      sent.passed = true;
      changed = true;
      void send(statement('passed', { success: true, duration, ...(score ? { score } : {}) }));
    } else if (failed && !sent.passed && !sent.failed) {
      sent.failed = true;
      changed = true;
      // A failed statement's scaled score must be under the mastery score: a high mean with one exam failed goes without.
      const keepScore = score !== undefined && (mastery === null || score.scaled < mastery);
      void send(statement('failed', { success: false, duration, ...(keepScore ? { score } : {}) }));
    }
    if (report.completed && !sent.completed) {
      sent.completed = true;
      changed = true;
      void send(statement('completed', { completion: true, duration }));
    }
    return changed;
  };

  return {
    standard: 'cmi5',
    launch,
    report(report) {
      if (ended) return;
      const judged = judge(report);
      if (!normal) return;
      pendingState = { location: report.location, suspendData: report.suspendData, sent: { ...sent } };
      // A judgement is recorded in the state at once, so a relaunch never sends it twice.
      if (judged) throttle.flush();
      else throttle.schedule();
    },
    flush() {
      if (ended) return;
      throttle.cancel();
      writeState(true);
    },
    terminate() {
      if (ended) return;
      ended = true;
      throttle.cancel();
      // The page is going: requests start now (keepalive), not after the queue, which would never run.
      const last = statement('terminated', { duration: xapiDuration(Date.now() - startedAt) });
      const post = { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, keepalive: true };
      if (pendingState) {
        void request(stateUrl(STATE_ID), { ...post, method: 'PUT', body: JSON.stringify(pendingState) }).catch(
          () => undefined,
        );
        pendingState = null;
      }
      void request(`${params.endpoint}statements`, { ...post, body: JSON.stringify(last) }).catch(() => undefined);
    },
  };
}
