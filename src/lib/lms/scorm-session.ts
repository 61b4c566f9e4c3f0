/**
 * The SCORM runtime, 1.2 and 2004 (4th edition): one session per launch. Values are set only when
 * they changed, and committed in batches: at most one commit every `commitIntervalMs`, plus one when
 * the page is hidden and one at the end. The LMS is never asked to commit on each answer.
 */
import { findApi } from './find-api';
import { createThrottle, type LmsLaunch, type LmsReport, type LmsSession } from './lms-session';

interface Api12 {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(name: string): unknown;
  LMSSetValue(name: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
}

interface Api2004 {
  Initialize(arg: ''): unknown;
  Terminate(arg: ''): unknown;
  GetValue(name: string): unknown;
  SetValue(name: string, value: string): unknown;
  Commit(arg: ''): unknown;
  GetLastError(): unknown;
}

/** The calls both versions share, under one set of names. */
interface Runtime {
  initialize(): boolean;
  terminate(): boolean;
  get(name: string): string;
  set(name: string, value: string): boolean;
  commit(): boolean;
}

const isTrue = (value: unknown) => value === true || value === 'true';
/** What GetValue returned, as text: LMSs return strings, some numbers; anything else is nothing. */
const asText = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';

function wrap12(api: Api12): Runtime {
  return {
    initialize: () => isTrue(api.LMSInitialize('')),
    terminate: () => isTrue(api.LMSFinish('')),
    get: (name) => asText(api.LMSGetValue(name)),
    set: (name, value) => isTrue(api.LMSSetValue(name, value)),
    commit: () => isTrue(api.LMSCommit('')),
  };
}

function wrap2004(api: Api2004): Runtime {
  return {
    initialize: () => isTrue(api.Initialize('')),
    terminate: () => isTrue(api.Terminate('')),
    get: (name) => asText(api.GetValue(name)),
    set: (name, value) => isTrue(api.SetValue(name, value)),
    commit: () => isTrue(api.Commit('')),
  };
}

/** Names of the values in each version. */
const names = {
  scorm12: {
    learnerId: 'cmi.core.student_id',
    location: 'cmi.core.lesson_location',
    mode: 'cmi.core.lesson_mode',
    mastery: 'cmi.student_data.mastery_score',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    raw: 'cmi.core.score.raw',
    min: 'cmi.core.score.min',
    max: 'cmi.core.score.max',
  },
  scorm2004: {
    learnerId: 'cmi.learner_id',
    location: 'cmi.location',
    mode: 'cmi.mode',
    mastery: 'cmi.scaled_passing_score',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    raw: 'cmi.score.raw',
    min: 'cmi.score.min',
    max: 'cmi.score.max',
  },
} as const;

/** SCORM 1.2's CMITimespan: HHHH:MM:SS.SS. */
export function timespan12(ms: number): string {
  const centiseconds = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centiseconds / 360_000));
  const minutes = Math.floor((centiseconds % 360_000) / 6_000);
  const seconds = (centiseconds % 6_000) / 100;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(hours).padStart(4, '0')}:${pad(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004's timeinterval (ISO 8601 duration): PT#H#M#S. */
export function duration2004(ms: number): string {
  const centiseconds = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor((centiseconds % 360_000) / 6_000);
  const seconds = (centiseconds % 6_000) / 100;
  return `PT${hours}H${minutes}M${seconds}S`;
}

/** The values a report sets, in the version's vocabulary. */
export function scormValues(standard: 'scorm12' | 'scorm2004', report: LmsReport): Record<string, string> {
  const n = names[standard];
  const values: Record<string, string> = {};
  if (report.score !== null) {
    const raw = Math.round(Math.min(100, Math.max(0, report.score)) * 100) / 100;
    values[n.min] = '0';
    values[n.max] = '100';
    values[n.raw] = String(raw);
    if (standard === 'scorm2004') values['cmi.score.scaled'] = String(Math.round(raw * 100) / 10_000);
  }
  if (report.location !== null) values[n.location] = report.location;
  if (report.suspendData !== null) values['cmi.suspend_data'] = report.suspendData;
  if (standard === 'scorm12') {
    values['cmi.core.lesson_status'] =
      report.passed === true
        ? 'passed'
        : report.completed
          ? 'completed'
          : report.passed === false
            ? 'failed'
            : 'incomplete';
  } else {
    values['cmi.completion_status'] = report.completed ? 'completed' : 'incomplete';
    values['cmi.success_status'] = report.passed === null ? 'unknown' : report.passed ? 'passed' : 'failed';
    values['cmi.progress_measure'] = String(Math.round(Math.min(1, Math.max(0, report.progress)) * 10_000) / 10_000);
  }
  return values;
}

export interface ScormOptions {
  commitIntervalMs?: number;
  now?: () => number;
}

/** Finds the LMS of the given version and starts a session; null when there is none or it refuses. */
export function startScormSession(
  standard: 'scorm12' | 'scorm2004',
  start: Window,
  options: ScormOptions = {},
): LmsSession | null {
  const runtime =
    standard === 'scorm12'
      ? (() => {
          const api = findApi<Api12>(start, 'API', [
            'LMSInitialize',
            'LMSGetValue',
            'LMSSetValue',
            'LMSCommit',
            'LMSFinish',
          ]);
          return api ? wrap12(api) : null;
        })()
      : (() => {
          const api = findApi<Api2004>(start, 'API_1484_11', [
            'Initialize',
            'GetValue',
            'SetValue',
            'Commit',
            'Terminate',
          ]);
          return api ? wrap2004(api) : null;
        })();
  if (!runtime) return null;
  let initialized = false;
  try {
    initialized = runtime.initialize();
  } catch {
    initialized = false;
  }
  if (!initialized) return null;

  const now = options.now ?? (() => Date.now());
  const startedAt = now();
  const n = names[standard];
  const read = (name: string): string => {
    try {
      return runtime.get(name);
    } catch {
      return '';
    }
  };
  const mastery = Number.parseFloat(read(n.mastery));
  const launch: LmsLaunch = {
    learnerId: read(n.learnerId),
    location: read(n.location) || null,
    suspendData: read('cmi.suspend_data') || null,
    suspendLimit: standard === 'scorm12' ? 4096 : 64000,
    masteryScore: Number.isFinite(mastery) ? (standard === 'scorm12' ? mastery / 100 : mastery) : null,
    reviewOnly: ['browse', 'review'].includes(read(n.mode)),
  };

  /** Last value set for each name, so that unchanged values are not set again. */
  const sent = new Map<string, string>();
  let pending: Record<string, string> = {};
  let ended = false;

  const sendPending = () => {
    if (ended) return;
    const batch = pending;
    pending = {};
    let changed = false;
    for (const [name, value] of Object.entries(batch)) {
      if (sent.get(name) === value) continue;
      try {
        if (runtime.set(name, value)) {
          sent.set(name, value);
          changed = true;
        }
      } catch {
        // The LMS refused the value: it is tried again with the next report.
      }
    }
    if (changed) {
      try {
        runtime.commit();
      } catch {
        // Committed again with the next batch.
      }
    }
  };
  const throttle = createThrottle(sendPending, options.commitIntervalMs ?? 10_000);

  return {
    standard,
    launch,
    report(report) {
      if (ended || launch.reviewOnly) return;
      pending = { ...pending, ...scormValues(standard, report) };
      throttle.schedule();
    },
    flush() {
      if (!ended) throttle.flush();
    },
    terminate() {
      if (ended) return;
      throttle.cancel();
      if (!launch.reviewOnly) {
        // "suspend": the LMS keeps this attempt, its location and suspend_data, for the next launch.
        pending[n.exit] = 'suspend';
        pending[n.sessionTime] =
          standard === 'scorm12' ? timespan12(now() - startedAt) : duration2004(now() - startedAt);
      }
      sendPending();
      ended = true;
      try {
        runtime.terminate();
      } catch {
        // Nothing more can be done once the LMS refuses to end the session.
      }
    },
  };
}
