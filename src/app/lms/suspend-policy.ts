/**
 * What of the learner's progress goes into the LMS's `suspend_data`, when it has to be cut to fit.
 *
 * The document is the progress store's persisted envelope (`{ app, version, data }`), encoded by
 * lib/lms/suspend-codec.ts, which knows nothing of its fields. Cutting does: it is tried step by
 * step, each step keeping everything a relaunch needs to show the same course state:
 * 1. everything;
 * 2. without quiz drafts and lab sessions (an attempt in progress, the commands typed in a lab's
 *    terminal and the files written in its editor;
 *    terminal: both are also kept in this browser; a lab's done steps and completion stay);
 * 3. as 2, a completed lab's steps all dated at the lab's completion (every step stays done; a
 *    step's own date serves only merges, and the completion is never earlier);
 * 4. without the attempts that no page needs after a relaunch: per quiz, the latest, the best and
 *    the first passed attempt are kept, with their answers, the others are dropped;
 * 5. as 4, with the answers of the latest attempt only (the quiz shows its last result with the
 *    learner's answers; the best and first passed attempts keep their scores, per question too,
 *    so best scores, completion and the questions to review are unchanged).
 * Visits, marks, the last place and the reset mark are never cut. If step 5 still does not fit,
 * nothing is cut further: the caller keeps the last text that fitted and tells the learner.
 * Fields this module does not know (a later schema version) are passed through untouched.
 */
import { type ProgressData, type QuizRecord } from '../../features/progress/progress-schema';
import type { QuizAttempt } from '../../lib/quiz-records';

export type SuspendStep = 'full' | 'no-drafts' | 'lab-completions' | 'key-attempts' | 'latest-answers';
export const SUSPEND_STEPS: readonly SuspendStep[] = [
  'full',
  'no-drafts',
  'lab-completions',
  'key-attempts',
  'latest-answers',
];

function keyAttempts(attempts: readonly QuizAttempt[]): QuizAttempt[] {
  if (attempts.length <= 1) return [...attempts];
  const latest = attempts.reduce((a, b) => (b.finishedAt >= a.finishedAt ? b : a));
  const best = attempts.reduce((a, b) => (b.score > a.score ? b : a));
  const firstPassed = attempts.find((attempt) => attempt.passed);
  const kept = new Set([latest, best, ...(firstPassed ? [firstPassed] : [])]);
  return attempts.filter((attempt) => kept.has(attempt));
}

function mapQuizzes(data: ProgressData, update: (record: QuizRecord) => QuizRecord): ProgressData {
  return {
    ...data,
    quizzes: Object.fromEntries(Object.entries(data.quizzes).map(([id, record]) => [id, update(record)])),
  };
}

/** The data cut to a step (a new object; `data` is not changed). */
export function cutProgress(data: ProgressData, step: SuspendStep): ProgressData {
  if (step === 'full') return data;
  // The draft's date goes with it: a cleared draft with a date would win a merge against this browser's draft.
  const noDrafts = {
    ...mapQuizzes(data, (record) => ({ ...record, draft: null, draftSavedAt: null })),
    labs: Object.fromEntries(
      // The editor's files are replayed with the session: they go with it.
      Object.entries(data.labs).map(([id, { edits: _edits, ...record }]) => [
        id,
        { ...record, session: [], sessionSavedAt: null },
      ]),
    ),
  };
  if (step === 'no-drafts') return noDrafts;
  const labCompletions = {
    ...noDrafts,
    labs: Object.fromEntries(
      Object.entries(noDrafts.labs).map(([id, record]) => {
        const { completedAt } = record;
        if (completedAt === null) return [id, record];
        return [
          id,
          { ...record, steps: Object.fromEntries(Object.keys(record.steps).map((step) => [step, completedAt])) },
        ];
      }),
    ),
  };
  if (step === 'lab-completions') return labCompletions;
  const keyOnly = mapQuizzes(labCompletions, (record) => ({ ...record, attempts: keyAttempts(record.attempts) }));
  if (step === 'key-attempts') return keyOnly;
  return mapQuizzes(keyOnly, (record) => {
    if (record.attempts.length <= 1) return record;
    const latest = record.attempts.reduce((a, b) => (b.finishedAt >= a.finishedAt ? b : a));
    return {
      ...record,
      attempts: record.attempts.map((attempt) => (attempt === latest ? attempt : { ...attempt, answers: {} })),
    };
  });
}
