import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { LmsReport, LmsSession } from '../../lib/lms/lms-session';
import type { CourseOutline } from '../../lib/course-types';

vi.mock('virtual:course-outline', () => ({
  outline: {
    modules: [
      {
        id: 'm',
        slug: 'm',
        title: 'M',
        summary: '',
        lessons: [
          {
            id: 'intro',
            moduleSlug: 'm',
            slug: 'intro',
            path: '/m/intro',
            title: 'Intro',
            duration: 5,
            kind: 'assessment',
            quizIds: ['quiz-intro'],
          },
        ],
      },
    ],
    quizRenames: {},
    labRenames: {},
  } satisfies CourseOutline,
}));

vi.mock('virtual:lms-course-dictionary', () => ({
  courseDictionary: { lessons: ['intro'], quizzes: [{ id: 'quiz-intro', questions: ['q1', 'q2'] }], labs: [] },
}));

/** A session that records what the bindings ask of it, in order. */
function fakeSession() {
  const calls: string[] = [];
  const reports: LmsReport[] = [];
  const session: LmsSession = {
    standard: 'cmi5',
    launch: {
      learnerId: 'apprenant-7',
      location: null,
      suspendData: null,
      suspendLimit: 1_000_000,
      masteryScore: null,
      reviewOnly: false,
    },
    report: (report) => {
      calls.push('report');
      reports.push(report);
    },
    flush: () => calls.push('flush'),
    terminate: () => calls.push('terminate'),
  };
  return { session, calls, reports };
}

let end: (() => void) | null = null;

beforeEach(() => {
  // The suspend_data codec compresses through Blob.stream(), which jsdom's Blob lacks.
  vi.stubGlobal('Blob', NodeBlob);
});

afterEach(() => {
  end?.();
  end = null;
  window.localStorage.clear();
  vi.unstubAllGlobals();
});

test('pagehide right after a change: the latest progress is reported, then the session terminated, during the event', async () => {
  const { bindProgressToLms } = await import('./lms-bindings');
  const { useProgressStore, PROGRESS_KEY } = await import('../../features/progress/progress-store');
  const { draft } = await import('../../features/progress/fixtures/progress-builders');
  const { decodeSuspendData } = await import('../../lib/lms/suspend-codec');
  const { session, calls, reports } = fakeSession();
  end = await bindProgressToLms(session, { settleMs: 60_000 });
  // The launch's report (encoded asynchronously).
  await vi.waitFor(() => expect(calls).toEqual(['report']));

  // An answer typed just before the LMS closes the course: its local write is batched, its LMS report settles later.
  const typed = draft({ seed: 42 });
  useProgressStore.getState().saveQuizDraft('quiz-intro', 'intro', typed, 'batched');
  expect(window.localStorage.getItem(PROGRESS_KEY) ?? '').not.toContain('"seed":42');

  // Nothing runs after pagehide in a removed frame (no timer, no promise): all of it happens in the event.
  window.dispatchEvent(new Event('pagehide'));
  expect(calls).toEqual(['report', 'report', 'terminate']);
  const last = reports.at(-1)?.suspendData ?? '';
  expect(await decodeSuspendData(last)).toMatchObject({
    data: { quizzes: { 'quiz-intro': { draft: typed } } },
  });
  // The progress store's own pagehide listener wrote the batched change to this browser's storage too.
  expect(window.localStorage.getItem(PROGRESS_KEY) ?? '').toContain('"seed":42');

  // The page hidden after that (visibilitychange follows pagehide): the session has ended, nothing more is asked.
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  try {
    document.dispatchEvent(new Event('visibilitychange'));
  } finally {
    Reflect.deleteProperty(document, 'visibilityState');
  }
  expect(calls).toEqual(['report', 'report', 'terminate']);
});
