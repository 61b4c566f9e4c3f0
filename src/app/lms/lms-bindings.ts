/**
 * Connects the progress store to an LMS session: restores the progress the LMS kept, then
 * reports every change in batches, and ends the session when the page goes away.
 *
 * - At launch, the LMS's suspend_data is decoded and merged into this browser's copy (merge.ts:
 *   nothing is lost on either side). Unreadable data is reported to the learner, never written over
 *   unless the learner makes progress (the new state then holds everything this browser has).
 * - A change is encoded a second after the last one (typing in a quiz is one change), cut to fit
 *   the LMS's limit if need be (suspend-policy.ts); the session commits at most every few seconds.
 * - When even the cut progress does not fit, the last text that fitted stays in the LMS and the
 *   learner is told; completion and score are still reported.
 */
import { outline } from 'virtual:course-outline';
import { courseDictionary } from 'virtual:lms-course-dictionary';
import { create } from 'zustand';
import { migrateProgress } from '../../features/progress/migrations';
import { toEnvelope, type ProgressData } from '../../features/progress/progress-schema';
import { useProgressStore } from '../../features/progress/progress-store';
import type { LmsSession } from '../../lib/lms/lms-session';
import {
  decodeSuspendData,
  encodeSuspendData,
  encodeSuspendDataPlain,
  type StructuredForm,
} from '../../lib/lms/suspend-codec';
import type { JsonValue } from '../../lib/quiz-records';
import { computeReport } from './lms-report';
import { compactProgress, expandProgress, type CourseDictionary } from './progress-codec';
import { cutProgress, SUSPEND_STEPS } from './suspend-policy';

export type LmsNotice = 'too-big' | 'unreadable' | 'newer';

/** Notices for the learner about the LMS copy of the progress. */
export const useLmsNotices = create<{ notices: LmsNotice[] }>(() => ({ notices: [] }));

function addNotice(notice: LmsNotice) {
  const { notices } = useLmsNotices.getState();
  if (!notices.includes(notice)) useLmsNotices.setState({ notices: [...notices, notice] });
}

function removeNotice(notice: LmsNotice) {
  const { notices } = useLmsNotices.getState();
  if (notices.includes(notice)) useLmsNotices.setState({ notices: notices.filter((item) => item !== notice) });
}

/** The structured form of suspend_data for this course (progress-codec.ts). */
export function progressForm(dictionary: CourseDictionary = courseDictionary): StructuredForm {
  return {
    compact: (document) => compactProgress(document, dictionary),
    expand: (compacted) => expandProgress(compacted, dictionary),
  };
}

/** The progress as the LMS keeps it: the first cut whose encoding fits, or null when none does. */
export async function encodeForLms(
  data: ProgressData,
  limit: number,
  dictionary: CourseDictionary = courseDictionary,
): Promise<string | null> {
  for (const step of SUSPEND_STEPS) {
    const text = await encodeSuspendData(toEnvelope(cutProgress(data, step)), progressForm(dictionary));
    if (text.length <= limit) return text;
  }
  return null;
}

/** Merges the LMS's copy into the store; says what went wrong, if anything. */
export async function restoreFromLms(suspendData: string | null): Promise<LmsNotice | null> {
  if (!suspendData) return null;
  let decoded: JsonValue;
  try {
    decoded = await decodeSuspendData(suspendData, progressForm());
  } catch {
    return 'unreadable';
  }
  const outcome = migrateProgress(decoded);
  if (outcome.status === 'invalid' || (outcome.status === 'newer' && outcome.data === null)) return 'unreadable';
  useProgressStore.getState().importProgress(
    {
      data: outcome.data as ProgressData,
      fromVersion:
        outcome.status === 'migrated' ? outcome.fromVersion : outcome.status === 'newer' ? outcome.version : 0,
      exportedAt: null,
    },
    'merge',
  );
  return outcome.status === 'newer' ? 'newer' : null;
}

export interface BindOptions {
  /** Wait after the last change before encoding it (ms). */
  settleMs?: number;
}

/** Restores, then reports; returns a function that ends the session (also bound to `pagehide`). */
export async function bindProgressToLms(session: LmsSession, options: BindOptions = {}): Promise<() => void> {
  const restored = await restoreFromLms(session.launch.suspendData);
  if (restored) addNotice(restored);
  const limit = session.launch.suspendLimit;
  let lastFitting: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let version = 0;

  const report = async () => {
    timer = null;
    const current = ++version;
    const { data } = useProgressStore.getState();
    const text = await encodeForLms(data, limit);
    if (current !== version) return;
    if (text === null) addNotice('too-big');
    else {
      removeNotice('too-big');
      lastFitting = text;
    }
    // Unreadable LMS data is not overwritten until the learner has something to save.
    session.report({ ...computeReport(data, outline), suspendData: lastFitting });
  };
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void report(), options.settleMs ?? 1000);
  };

  const unsubscribe = useProgressStore.subscribe((state, previous) => {
    if (state.data !== previous.data) schedule();
  });
  // Report once at launch: the LMS learns the restored state (and this browser's, merged).
  void report();

  /** Page hidden: what is pending is sent now, with the latest progress if it fits unencoded. */
  const finalReport = () => {
    if (timer === null) return;
    clearTimeout(timer);
    timer = null;
    version += 1;
    const { data } = useProgressStore.getState();
    const plain = encodeSuspendDataPlain(toEnvelope(cutProgress(data, 'full')));
    if (plain.length <= limit) lastFitting = plain;
    session.report({ ...computeReport(data, outline), suspendData: lastFitting });
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') {
      finalReport();
      session.flush();
    }
  };
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    finalReport();
    unsubscribe();
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', end);
    session.terminate();
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', end);
  return end;
}
