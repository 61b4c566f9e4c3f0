/**
 * What the course tells an LMS, whatever the standard (SCORM 1.2, SCORM 2004, cmi5), and what it
 * reads back at launch. The app computes a `LmsReport` from the learner's progress; each session
 * turns it into its standard's values and sends them in batches.
 */
export interface LmsReport {
  /** Every lesson of the course is completed. */
  completed: boolean;
  /** Every module exam is passed: true; an exam finished and not passed while others wait: still null (not judged). */
  passed: boolean | null;
  /** 0–100, the mean of the module exams' best scores; null before any exam is finished. */
  score: number | null;
  /** Completed lessons / lessons, in [0, 1]. */
  progress: number;
  /** The app path of the last lesson, to resume at. */
  location: string | null;
  /** The encoded progress (lib/lms/suspend-codec.ts). */
  suspendData: string | null;
}

export interface LmsLaunch {
  /** Who the learner is, for the LMS (to keep this browser's copy of each learner apart). */
  learnerId: string;
  location: string | null;
  suspendData: string | null;
  /** Largest suspend_data the LMS keeps, in characters. */
  suspendLimit: number;
  /** The LMS's own mastery score in [0, 1], when it sets one. */
  masteryScore: number | null;
  /** True when the LMS opened the course for review only: nothing may be reported. */
  reviewOnly: boolean;
}

export interface LmsSession {
  readonly standard: 'scorm12' | 'scorm2004' | 'cmi5';
  readonly launch: LmsLaunch;
  /** Records the latest state; it is sent with the next batch (commit), never at once. */
  report: (report: LmsReport) => void;
  /** Sends what is pending now (the page is being hidden). */
  flush: () => void;
  /** Sends what is pending and ends the session; later calls do nothing. */
  terminate: () => void;
}

/** Runs `send` at most once per `intervalMs`, after the latest `schedule()` (trailing), unless flushed. */
export function createThrottle(send: () => void, intervalMs: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSent = -Infinity;
  const run = () => {
    timer = null;
    lastSent = Date.now();
    send();
  };
  return {
    schedule() {
      if (timer !== null) return;
      const wait = Math.max(0, lastSent + intervalMs - Date.now());
      timer = setTimeout(run, wait);
    },
    flush() {
      if (timer !== null) clearTimeout(timer);
      run();
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
