/**
 * The stored shape of the learner's progress (schema version 4) and the envelope around it.
 * Stored or imported JSON is never trusted: everything read goes through these schemas.
 *
 * Every field is chosen so that two copies can be merged without losing anything
 * (see merge.ts): dates only move one way (earliest first visit, latest last visit),
 * attempts are a set, and "undo" actions (un-marking a lesson, clearing a draft,
 * resetting everything) leave a dated trace instead of deleting.
 */
// zod/mini: the tree-shakable build, since stored progress is parsed on every page's first load.
import * as z from 'zod/mini';
import { deferred } from '../../lib/deferred';
import { quizAttemptSchema, quizDraftSchema } from '../../lib/quiz-records';
import { reviewCardSchema } from '../../lib/review-cards';

export const APP_NAME = 'cours-docker';
export const PROGRESS_VERSION = 4;

/** Keys a hostile file could use to reach an object's prototype; refused everywhere. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** An ISO 8601 instant ("2025-03-01T10:00:00.000Z"). */
export const instantSchema = deferred(() => z.iso.datetime({ offset: true }));

/** Lesson, quiz and question ids are kebab-case in the content; anything else in a record key is refused. */
export const idSchema = deferred(() =>
  z.string().check(
    z.minLength(1),
    z.maxLength(200),
    z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/),
    z.refine((id) => !FORBIDDEN_KEYS.has(id)),
  ),
);

/** An app path such as `/virtualisation/definition`: never a URL, never protocol-relative. */
export const appPathSchema = deferred(() => z.string().check(z.maxLength(500), z.regex(/^\/(?![/\\])[^\s<>"'`]*$/)));

export const lessonRecordSchema = deferred(() =>
  z.object({
    firstVisitAt: instantSchema,
    lastVisitAt: instantSchema,
    /** Latest time the learner marked the lesson done. */
    markedDoneAt: z.nullable(instantSchema),
    /** Latest time the learner un-marked it; the lesson counts as marked only when markedDoneAt is later. */
    unmarkedAt: z.nullable(instantSchema),
  }),
);
export type LessonRecord = z.infer<typeof lessonRecordSchema>;

export const quizRecordSchema = deferred(() =>
  z.object({
    /** Null for quizzes carried over from version 1, which did not know their lesson. */
    lessonId: z.nullable(idSchema),
    /** Finished attempts, oldest first; capped by merge.ts (recent ones, the best, the first passed). */
    attempts: z.array(quizAttemptSchema).check(z.maxLength(500)),
    /** The attempt in progress, or null when there is none. */
    draft: z.nullable(quizDraftSchema),
    /** When the draft was last saved or cleared: the later save wins a merge, a clearing included. */
    draftSavedAt: z.nullable(instantSchema),
  }),
);
export type QuizRecord = z.infer<typeof quizRecordSchema>;

/** One command of a lab's session: the line typed and when it ran (simulated ms since the session began). */
export const labSessionEntrySchema = deferred(() =>
  z.object({
    line: z.string().check(z.maxLength(4096)),
    at: z.number().check(z.int(), z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER)),
  }),
);
export type LabSessionEntry = z.infer<typeof labSessionEntrySchema>;

/** Commands kept per lab session: a session replays them on load, so it stays short. */
export const MAX_LAB_SESSION = 500;

/** Longest file kept from the workbench editor (characters), and most characters of edits kept per lab. */
export const MAX_LAB_FILE_CHARS = 64 * 1024;
export const MAX_LAB_EDITS_CHARS = 256 * 1024;

/** A path in the lab folder, relative, never climbing out of it. */
export const labPathSchema = deferred(() =>
  z.string().check(
    z.minLength(1),
    z.maxLength(200),
    z.refine(
      (path) =>
        !path.startsWith('/') &&
        !path.includes('\\') &&
        !path.includes('\u0000') &&
        !path.split('/').some((part) => part === '..' || part === '' || FORBIDDEN_KEYS.has(part)),
    ),
  ),
);

/** Files the learner wrote in the workbench editor after the session's first `after` commands (path → content). */
export const labEditSchema = deferred(() =>
  z.object({
    after: z.number().check(z.int(), z.minimum(0), z.maximum(MAX_LAB_SESSION)),
    files: z.record(labPathSchema, z.string().check(z.maxLength(MAX_LAB_FILE_CHARS))),
  }),
);
export type LabEdit = z.infer<typeof labEditSchema>;

/** Characters of a list of edits (paths and contents), the measure of MAX_LAB_EDITS_CHARS. */
export function editsSize(edits: readonly LabEdit[]): number {
  let size = 0;
  for (const edit of edits)
    for (const [path, content] of Object.entries(edit.files)) size += path.length + content.length;
  return size;
}

export const labEditsSchema = deferred(() =>
  z.array(labEditSchema).check(
    z.maxLength(MAX_LAB_SESSION + 1),
    z.refine((edits) => editsSize(edits) <= MAX_LAB_EDITS_CHARS),
    z.refine((edits) => edits.every((edit, index) => index === 0 || (edits[index - 1]?.after ?? 0) < edit.after)),
  ),
);

export const labRecordSchema = deferred(() =>
  z.object({
    /** The lesson holding the lab. */
    lessonId: z.nullable(idSchema),
    /** Step id → when the learner first got it done (a done step stays done). */
    steps: z.record(idSchema, instantSchema),
    /** When every step was done, or null. */
    completedAt: z.nullable(instantSchema),
    /** The commands of the current session, oldest first, replayed on load. */
    session: z.array(labSessionEntrySchema).check(z.maxLength(MAX_LAB_SESSION)),
    /** When the session was last saved or reset: the later one wins a merge. */
    sessionSavedAt: z.nullable(instantSchema),
    /**
     * The files written in the workbench editor, in the session's timeline (replayed with it), after-counts strictly
     * increasing. Optional, so it needs no new schema version. Stored edits that do not pass (corrupt, oversized) are
     * dropped alone: the lab's steps and session are kept, and the session replays on the lab's starting files.
     */
    edits: z.optional(z.catch(z.optional(labEditsSchema), undefined)),
  }),
);
export type LabRecord = z.infer<typeof labRecordSchema>;

export const lastLocationSchema = deferred(() =>
  z.object({
    /** Null only for a place carried over from version 1, which stored the path alone. */
    lessonId: z.nullable(idSchema),
    path: appPathSchema,
    at: instantSchema,
  }),
);
export type LastLocation = z.infer<typeof lastLocationSchema>;

/**
 * The reset tombstone. A reset (or a "replace" import) starts a new epoch; when two copies
 * from different epochs meet, the later epoch wins and keeps from the other copy only what
 * happened after it began. So a reset in one tab is not undone by another tab's older copy.
 */
export const resetMarkSchema = deferred(() =>
  z.object({
    at: instantSchema,
    id: z.string().check(z.minLength(1), z.maxLength(100)),
  }),
);
export type ResetMark = z.infer<typeof resetMarkSchema>;

/** Longest name the certificate takes (characters). */
export const CERTIFICATE_NAME_MAX = 100;

/**
 * The name the learner wrote on their certificate, dated so that the later writing wins a merge.
 * An empty name is a writing too (the learner cleared it).
 */
export const certificateSchema = deferred(() =>
  z.object({
    name: z.string().check(z.maxLength(CERTIFICATE_NAME_MAX)),
    at: instantSchema,
  }),
);
export type CertificateRecord = z.infer<typeof certificateSchema>;

export const progressDataSchema = deferred(() =>
  z.object({
    lessons: z.record(idSchema, lessonRecordSchema),
    quizzes: z.record(idSchema, quizRecordSchema),
    /** Since version 3. */
    labs: z.record(idSchema, labRecordSchema),
    /** Since version 4: « Révisions », one card per question missed, by `cardKey(quizId, questionId)`. */
    cards: z.record(idSchema, reviewCardSchema),
    lastLocation: z.nullable(lastLocationSchema),
    reset: z.nullable(resetMarkSchema),
    /**
     * Optional, so it needs no new schema version: data written before it existed simply lacks it,
     * and an older app reading data that has it ignores it (zod objects drop unknown keys).
     */
    certificate: z.optional(certificateSchema),
  }),
);
export type ProgressData = z.infer<typeof progressDataSchema>;

/** What is stored under the progress key and what an export file holds (plus `exportedAt`). */
export const progressEnvelopeSchema = deferred(() =>
  z.object({
    app: z.literal(APP_NAME),
    version: z.literal(PROGRESS_VERSION),
    data: progressDataSchema,
  }),
);
export type ProgressEnvelope = z.infer<typeof progressEnvelopeSchema>;

export function createEmptyProgress(): ProgressData {
  return { lessons: {}, quizzes: {}, labs: {}, cards: {}, lastLocation: null, reset: null };
}

export function toEnvelope(data: ProgressData): ProgressEnvelope {
  return { app: APP_NAME, version: PROGRESS_VERSION, data };
}

/**
 * A lesson is marked done when its latest "done" is not older than its latest "not done".
 * One tab always stamps a change strictly after the previous one; a tie can only come from two
 * tabs at the same millisecond, and then the completion is kept.
 */
export function isMarkedDone(record: LessonRecord | undefined): boolean {
  if (!record || record.markedDoneAt === null) return false;
  return record.unmarkedAt === null || compareInstants(record.markedDoneAt, record.unmarkedAt) >= 0;
}

/**
 * A total order on instants: by time, then by text, so that equal instants written
 * differently still compare the same way in every tab (merge must be deterministic).
 */
export function compareInstants(a: string, b: string): number {
  const timeA = Date.parse(a);
  const timeB = Date.parse(b);
  const validA = Number.isFinite(timeA);
  const validB = Number.isFinite(timeB);
  if (validA !== validB) return validA ? 1 : -1;
  if (validA && timeA !== timeB) return timeA - timeB;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function laterInstant(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareInstants(a, b) >= 0 ? a : b;
}

export function earlierInstant(a: string, b: string): string {
  return compareInstants(a, b) <= 0 ? a : b;
}
