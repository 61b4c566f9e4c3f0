/**
 * Merging two copies of the progress (two tabs, the stored blob and this tab, an imported file).
 * Pure and deterministic: the result does not depend on the order of the arguments, merging a
 * copy with itself changes nothing, and nothing one copy knows is lost, except what a later
 * reset or a later "not done" says to forget:
 * - lessons: union; earliest first visit, latest last visit, latest "done" and latest "not done";
 * - quiz attempts: union, deduplicated by (startedAt, finishedAt, seed), capped to the recent
 *   ones plus the best and the first passed, so the best score and a passed quiz are never lost;
 * - drafts: the later saved (a cleared draft is a save too); last place and certificate name: the later one;
 * - labs: steps done are a union (each at its earliest date), completion the earliest, and the
 *   session the later saved (a reset session is a save too);
 * - review cards: the one answered later wins (a card is one scheduler state: its fields go together);
 * - reset: each copy belongs to the epoch its last reset started. The later epoch wins, and of the
 *   other copy only what happened after that reset is kept.
 */
import type { QuizAttempt, QuizDraft } from '../../lib/quiz-records';
import type { ReviewCard } from '../../lib/review-cards';
import {
  compareInstants,
  type CertificateRecord,
  earlierInstant,
  isMarkedDone,
  laterInstant,
  type LabRecord,
  type LastLocation,
  type LessonRecord,
  type ProgressData,
  type QuizRecord,
  type ResetMark,
} from './progress-schema';

/** Recent attempts kept per quiz (plus the best and the first passed): bounded, well inside the storage quota. */
export const RECENT_ATTEMPTS_KEPT = 30;

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareNullableInstants(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return compareInstants(a, b);
}

/** No reset sorts first; then by date, then by id. */
export function compareResetMarks(a: ResetMark | null, b: ResetMark | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return compareInstants(a.at, b.at) || compareText(a.id, b.id);
}

function attemptKey(attempt: QuizAttempt): string {
  return `${attempt.startedAt}\u0000${attempt.finishedAt}\u0000${attempt.seed}`;
}

/** Chronological order of attempts, total. */
function compareAttempts(a: QuizAttempt, b: QuizAttempt): number {
  return (
    compareInstants(a.finishedAt, b.finishedAt) ||
    compareInstants(a.startedAt, b.startedAt) ||
    a.seed - b.seed ||
    compareText(JSON.stringify(a), JSON.stringify(b))
  );
}

/** Positive when `a` is the better attempt: higher score, then reached earlier. */
function compareForBest(a: QuizAttempt, b: QuizAttempt): number {
  return a.score - b.score || compareAttempts(b, a);
}

/** Two different records of the same attempt (only hand-edited data has them): keep the better, deterministically. */
function pickSameAttempt(a: QuizAttempt, b: QuizAttempt): QuizAttempt {
  // The usual case, two copies of one record: no need to rank them.
  if (a === b || isSameValue(a, b)) return a;
  return compareForBest(a, b) >= 0 ? a : b;
}

/** Keeps the most recent attempts, the best one and the first passed one, oldest first. */
export function capAttempts(attempts: readonly QuizAttempt[]): QuizAttempt[] {
  const sorted = [...attempts].sort(compareAttempts);
  if (sorted.length <= RECENT_ATTEMPTS_KEPT) return sorted;
  const kept = new Set(sorted.slice(-RECENT_ATTEMPTS_KEPT));
  const best = sorted.reduce((x, y) => (compareForBest(x, y) >= 0 ? x : y));
  kept.add(best);
  // Keep the first success so a later string of failures never un-completes the lesson.
  const firstPassed = sorted.find((attempt) => attempt.passed);
  if (firstPassed) kept.add(firstPassed);
  return sorted.filter((attempt) => kept.has(attempt));
}

export function mergeAttempts(a: readonly QuizAttempt[], b: readonly QuizAttempt[]): QuizAttempt[] {
  const byKey = new Map<string, QuizAttempt>();
  for (const attempt of [...a, ...b]) {
    const key = attemptKey(attempt);
    const known = byKey.get(key);
    byKey.set(key, known ? pickSameAttempt(known, attempt) : attempt);
  }
  return capAttempts([...byKey.values()]);
}

function mergeLessonRecords(a: LessonRecord, b: LessonRecord): LessonRecord {
  return {
    firstVisitAt: earlierInstant(a.firstVisitAt, b.firstVisitAt),
    lastVisitAt: laterInstant(a.lastVisitAt, b.lastVisitAt) ?? a.lastVisitAt,
    markedDoneAt: laterInstant(a.markedDoneAt, b.markedDoneAt),
    unmarkedAt: laterInstant(a.unmarkedAt, b.unmarkedAt),
  };
}

function pickDraft(a: QuizRecord, b: QuizRecord): { draft: QuizDraft | null; draftSavedAt: string | null } {
  const order =
    compareNullableInstants(a.draftSavedAt, b.draftSavedAt) ||
    compareText(JSON.stringify(a.draft), JSON.stringify(b.draft));
  const winner = order >= 0 ? a : b;
  return { draft: winner.draft, draftSavedAt: winner.draftSavedAt };
}

function pickLessonId(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareText(a, b) <= 0 ? a : b;
}

function mergeQuizRecords(a: QuizRecord, b: QuizRecord): QuizRecord {
  return {
    lessonId: pickLessonId(a.lessonId, b.lessonId),
    attempts: mergeAttempts(a.attempts, b.attempts),
    ...pickDraft(a, b),
  };
}

function mergeLabRecords(a: LabRecord, b: LabRecord): LabRecord {
  const steps = new Map<string, string>();
  for (const [stepId, at] of [...Object.entries(a.steps), ...Object.entries(b.steps)]) {
    const known = steps.get(stepId);
    steps.set(stepId, known === undefined ? at : earlierInstant(known, at));
  }
  const sessionOrder =
    compareNullableInstants(a.sessionSavedAt, b.sessionSavedAt) ||
    compareText(JSON.stringify(a.session), JSON.stringify(b.session));
  const session = sessionOrder >= 0 ? a : b;
  const completedAt =
    a.completedAt === null
      ? b.completedAt
      : b.completedAt === null
        ? a.completedAt
        : earlierInstant(a.completedAt, b.completedAt);
  return {
    lessonId: pickLessonId(a.lessonId, b.lessonId),
    steps: Object.fromEntries([...steps.entries()].sort(([x], [y]) => compareText(x, y))),
    completedAt,
    session: session.session,
    ...(session.edits !== undefined && session.edits.length > 0 ? { edits: session.edits } : {}),
    sessionSavedAt: session.sessionSavedAt,
  };
}

/** The card answered later; a tie (two tabs at the same millisecond) is broken by content, deterministically. */
function pickCard(a: ReviewCard, b: ReviewCard): ReviewCard {
  const order =
    compareNullableInstants(a.lastReview, b.lastReview) ||
    a.reps - b.reps ||
    compareText(JSON.stringify(a), JSON.stringify(b));
  return order >= 0 ? a : b;
}

function pickLastLocation(a: LastLocation | null, b: LastLocation | null): LastLocation | null {
  if (a === null) return b;
  if (b === null) return a;
  const order = compareInstants(a.at, b.at) || compareText(JSON.stringify(a), JSON.stringify(b));
  return order >= 0 ? a : b;
}

/**
 * Union of two records keyed by id, with sorted keys so equal data serialises identically.
 * A record found on one side only is merged with itself, which puts it in canonical form.
 */
function mergeRecords<T>(
  a: Readonly<Record<string, T>>,
  b: Readonly<Record<string, T>>,
  mergeOne: (x: T, y: T) => T,
): Record<string, T> {
  // Object.entries/fromEntries define own properties: an id such as "__proto__" can never reach a prototype.
  const merged = new Map<string, T>();
  for (const [id, record] of [...Object.entries(a), ...Object.entries(b)]) {
    const known = merged.get(id);
    merged.set(id, mergeOne(known ?? record, record));
  }
  return Object.fromEntries([...merged.entries()].sort(([x], [y]) => compareText(x, y)));
}

/** What of a copy survives a reset made at `resetAt`: only what happened at or after it. */
export function keepAfter(data: ProgressData, resetAt: string): Omit<ProgressData, 'reset'> {
  const isAfter = (instant: string) => compareInstants(instant, resetAt) >= 0;
  const since = (instant: string | null) => (instant !== null && isAfter(instant) ? instant : null);
  const lessons = Object.entries(data.lessons)
    .filter(([, record]) => isAfter(record.lastVisitAt))
    .map(([id, record]): [string, LessonRecord] => [
      id,
      {
        firstVisitAt: laterInstant(record.firstVisitAt, resetAt) ?? resetAt,
        lastVisitAt: record.lastVisitAt,
        markedDoneAt: since(record.markedDoneAt),
        unmarkedAt: since(record.unmarkedAt),
      },
    ]);
  const quizzes = Object.entries(data.quizzes)
    .map(([id, record]): [string, QuizRecord] => {
      const draftKept = record.draftSavedAt !== null && isAfter(record.draftSavedAt);
      return [
        id,
        {
          lessonId: record.lessonId,
          attempts: record.attempts.filter((attempt) => isAfter(attempt.finishedAt)),
          draft: draftKept ? record.draft : null,
          draftSavedAt: draftKept ? record.draftSavedAt : null,
        },
      ];
    })
    .filter(([, record]) => record.attempts.length > 0 || record.draftSavedAt !== null);
  const labs = Object.entries(data.labs)
    .map(([id, record]): [string, LabRecord] => {
      const sessionKept = record.sessionSavedAt !== null && isAfter(record.sessionSavedAt);
      return [
        id,
        {
          lessonId: record.lessonId,
          steps: Object.fromEntries(Object.entries(record.steps).filter(([, at]) => isAfter(at))),
          completedAt: since(record.completedAt),
          session: sessionKept ? record.session : [],
          sessionSavedAt: sessionKept ? record.sessionSavedAt : null,
          ...(sessionKept && record.edits !== undefined && record.edits.length > 0 ? { edits: record.edits } : {}),
        },
      ];
    })
    .filter(([, record]) => Object.keys(record.steps).length > 0 || record.sessionSavedAt !== null);
  // A card answered before the reset is forgotten with the rest.
  const cards = Object.entries(data.cards).filter(([, card]) => card.lastReview !== null && isAfter(card.lastReview));
  return {
    lessons: Object.fromEntries(lessons),
    quizzes: Object.fromEntries(quizzes),
    labs: Object.fromEntries(labs),
    cards: Object.fromEntries(cards),
    lastLocation: data.lastLocation !== null && isAfter(data.lastLocation.at) ? data.lastLocation : null,
    ...(data.certificate !== undefined && isAfter(data.certificate.at) ? { certificate: data.certificate } : {}),
  };
}

/** The later writing of the certificate's name; absent on both sides stays absent. */
function pickCertificate(
  a: CertificateRecord | undefined,
  b: CertificateRecord | undefined,
): CertificateRecord | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return (compareInstants(a.at, b.at) || compareText(a.name, b.name)) >= 0 ? a : b;
}

function union(a: Omit<ProgressData, 'reset'>, b: Omit<ProgressData, 'reset'>, reset: ResetMark | null): ProgressData {
  const certificate = pickCertificate(a.certificate, b.certificate);
  return {
    lessons: mergeRecords(a.lessons, b.lessons, mergeLessonRecords),
    quizzes: mergeRecords(a.quizzes, b.quizzes, mergeQuizRecords),
    labs: mergeRecords(a.labs, b.labs, mergeLabRecords),
    cards: mergeRecords(a.cards, b.cards, pickCard),
    lastLocation: pickLastLocation(a.lastLocation, b.lastLocation),
    reset,
    // Only when known: data without it stays exactly as it was.
    ...(certificate === undefined ? {} : { certificate }),
  };
}

export function mergeProgress(a: ProgressData, b: ProgressData): ProgressData {
  const order = compareResetMarks(a.reset, b.reset);
  if (order === 0) return union(a, b, a.reset);
  const [winner, loser] = order > 0 ? [a, b] : [b, a];
  // The winner's reset is not null: a null reset never sorts after another one.
  const resetAt = winner.reset?.at ?? '';
  return union(winner, keepAfter(loser, resetAt), winner.reset);
}

/**
 * An imported file, ready to be merged into `current` without lowering anything:
 * it joins the current epoch (its own reset does not erase the current progress)
 * and it carries no "not done" (it cannot un-complete a lesson).
 */
export function adoptForMerge(incoming: ProgressData, current: ProgressData): ProgressData {
  const lessons = Object.entries(incoming.lessons).map(([id, record]): [string, LessonRecord] => [
    id,
    isMarkedDone(record) ? { ...record, unmarkedAt: null } : { ...record, markedDoneAt: null, unmarkedAt: null },
  ]);
  return { ...incoming, lessons: Object.fromEntries(lessons), reset: current.reset };
}

function isSameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => isSameValue(item, b[index]));
  }
  const entriesA = Object.entries(a);
  const recordB = new Map(Object.entries(b));
  return (
    entriesA.length === recordB.size &&
    entriesA.every(([key, value]) => recordB.has(key) && isSameValue(value, recordB.get(key)))
  );
}

/** Deep equality of two copies, whatever the order of their keys. */
export function isSameProgress(a: ProgressData, b: ProgressData): boolean {
  return isSameValue(a, b);
}
