/**
 * Stored progress from any version this app has known, brought to the current one
 * step by step (one pure function per step), with nothing lost on the way.
 *
 * Version 1 was the project's first format, stored bare under the progress key:
 *   { version: 1, completed: [lessonId…], scores: { quizId: 0–100 }, lastPath?: "/module/lesson" }
 * Version 2 is the envelope { app: 'cours-docker', version: 2, data } (progress-schema.ts).
 * Version 3 adds `data.labs` (the labs' steps done and sessions); nothing else changes (the
 * optional certificate name of version 2 is carried as it was).
 * Version 4 adds `data.cards` (« Révisions »: the review cards of missed questions); nothing else changes.
 */
// zod/mini: the tree-shakable build, since stored progress is parsed on every page's first load.
import * as z from 'zod/mini';
import { deferred } from '../../lib/deferred';
import type { QuizAttempt } from '../../lib/quiz-records';
import { cardKey, type ReviewCard } from '../../lib/review-cards';
import { mergeProgress } from './merge';
import {
  APP_NAME,
  PROGRESS_VERSION,
  appPathSchema,
  certificateSchema,
  idSchema,
  labRecordSchema,
  lastLocationSchema,
  lessonRecordSchema,
  progressDataSchema,
  quizRecordSchema,
  resetMarkSchema,
  type LessonRecord,
  type ProgressData,
  type QuizRecord,
} from './progress-schema';

export const progressV1Schema = deferred(() =>
  z.object({
    version: z.literal(1),
    completed: z.array(idSchema),
    scores: z.record(idSchema, z.number().check(z.minimum(0), z.maximum(100))),
    lastPath: z.optional(appPathSchema),
  }),
);
export type ProgressV1 = z.infer<typeof progressV1Schema>;

/** Version 1 kept no pass/fail: a score counts as passed at the course's default pass mark. */
export const V1_PASS_MARK = 70;

/**
 * v1 → v2. Each completed lesson becomes a lesson marked done, each score a finished
 * attempt with that score (no answers: v1 did not keep them), the last path the last place.
 * Dates v1 did not keep are the migration's date.
 */
export function v1ToV2(v1: ProgressV1, migratedAt: string): ProgressV2Data {
  const lessons = Object.fromEntries(
    v1.completed.map((lessonId): [string, LessonRecord] => [
      lessonId,
      { firstVisitAt: migratedAt, lastVisitAt: migratedAt, markedDoneAt: migratedAt, unmarkedAt: null },
    ]),
  );
  const quizzes = Object.fromEntries(
    Object.entries(v1.scores).map(([quizId, percent]): [string, QuizRecord] => {
      const attempt: QuizAttempt = {
        seed: 0,
        startedAt: migratedAt,
        finishedAt: migratedAt,
        mode: 'practice',
        answers: {},
        hintsUsed: {},
        questionScores: {},
        score: percent / 100,
        passed: percent >= V1_PASS_MARK,
      };
      return [quizId, { lessonId: null, attempts: [attempt], draft: null, draftSavedAt: null }];
    }),
  );
  return {
    lessons,
    quizzes,
    lastLocation: v1.lastPath === undefined ? null : { lessonId: null, path: v1.lastPath, at: migratedAt },
    reset: null,
  };
}

/**
 * Version 2's data, as it was. Loose: a field added to version 2 without a bump (an optional one,
 * by a deploy of the same version) goes through the migration untouched.
 */
export const progressV2DataSchema = deferred(() =>
  z.looseObject({
    lessons: z.record(idSchema, lessonRecordSchema),
    quizzes: z.record(idSchema, quizRecordSchema),
    lastLocation: z.nullable(lastLocationSchema),
    reset: z.nullable(resetMarkSchema),
  }),
);
export type ProgressV2Data = z.infer<typeof progressV2DataSchema>;

/** Version 3's data: version 2's and the labs. Loose, as version 2's. */
export const progressV3DataSchema = deferred(() =>
  z.looseObject({
    ...progressV2DataSchema.shape,
    labs: z.record(idSchema, labRecordSchema),
  }),
);
export type ProgressV3Data = z.infer<typeof progressV3DataSchema>;

/**
 * v2 → v3: the same progress (with its certificate name, when it has one), and no lab done yet.
 * A certificate name that does not read is left out rather than costing the rest of the progress.
 */
export function v2ToV3(v2: ProgressV2Data): ProgressV3Data {
  const { certificate, ...rest } = v2;
  const readable = certificate === undefined ? null : certificateSchema.safeParse(certificate);
  return { ...rest, labs: {}, ...(readable?.success ? { certificate: readable.data } : {}) };
}

/** v3 → v4: the same progress, and no review card yet (cards come from answers given from now on). */
export function v3ToV4(v3: ProgressV3Data): ProgressV3Data & { cards: Record<string, never> } {
  return { ...v3, cards: {} };
}

interface MigrationStep {
  /** Validates the payload of the version this step starts from. */
  parse: (payload: unknown) => { success: true; data: unknown } | { success: false };
  /** Returns the payload of the next version. */
  up: (payload: never, migratedAt: string) => unknown;
}

/** steps[n] takes version n to version n + 1. */
const steps: Record<number, MigrationStep> = {
  1: { parse: (payload) => progressV1Schema.safeParse(payload), up: (v1: ProgressV1, at) => v1ToV2(v1, at) },
  2: { parse: (payload) => progressV2DataSchema.safeParse(payload), up: (v2: ProgressV2Data) => v2ToV3(v2) },
  3: { parse: (payload) => progressV3DataSchema.safeParse(payload), up: (v3: ProgressV3Data) => v3ToV4(v3) },
};

export type MigrationOutcome =
  | { status: 'current'; data: ProgressData }
  | { status: 'migrated'; fromVersion: number; data: ProgressData }
  /** Written by a newer deploy: `data` is what this version can read of it (unknown fields dropped), if anything. */
  | { status: 'newer'; version: number; data: ProgressData | null }
  | { status: 'invalid'; reason: 'not-ours' | 'wrong-shape' };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Finds the schema version of a stored value and its payload, or why it is not progress. */
export function detectVersion(
  raw: unknown,
): { ok: true; version: number; payload: unknown } | { ok: false; reason: 'not-ours' | 'wrong-shape' } {
  if (!isObject(raw)) return { ok: false, reason: 'not-ours' };
  const { version } = raw;
  if ('app' in raw) {
    if (raw.app !== APP_NAME) return { ok: false, reason: 'not-ours' };
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      return { ok: false, reason: 'wrong-shape' };
    }
    return { ok: true, version, payload: raw.data };
  }
  // Version 1 had no envelope: the object itself is the payload.
  if (version === 1) return { ok: true, version: 1, payload: raw };
  return { ok: false, reason: 'not-ours' };
}

/** Runs the steps from `version` to the current one; null when a payload does not have its version's shape. */
export function runMigrations(version: number, payload: unknown, migratedAt: string): ProgressData | null {
  let current = payload;
  for (let from = version; from < PROGRESS_VERSION; from += 1) {
    const step = steps[from];
    if (!step) return null;
    const parsed = step.parse(current);
    if (!parsed.success) return null;
    current = step.up(parsed.data as never, migratedAt);
  }
  const result = progressDataSchema.safeParse(current);
  return result.success ? result.data : null;
}

/** Reads any stored or exported progress (already JSON-parsed) into the current shape. */
export function migrateProgress(raw: unknown, migratedAt: string = new Date().toISOString()): MigrationOutcome {
  const detected = detectVersion(raw);
  if (!detected.ok) return { status: 'invalid', reason: detected.reason };
  const { version, payload } = detected;
  if (version > PROGRESS_VERSION) {
    const readable = progressDataSchema.safeParse(payload);
    return { status: 'newer', version, data: readable.success ? readable.data : null };
  }
  const data = runMigrations(version, payload, migratedAt);
  if (!data) return { status: 'invalid', reason: 'wrong-shape' };
  return version === PROGRESS_VERSION
    ? { status: 'current', data }
    : { status: 'migrated', fromVersion: version, data };
}

/**
 * Renamed ids (content `previousIds`), old id → current id. Lesson ids and quiz ids are two
 * separate sets of names, so each kind has its own map: a lesson rename never moves a quiz's
 * record, nor a quiz rename a lesson's.
 */
export interface IdRenames {
  /** Lesson records, the lesson of each quiz record, and the last location follow these. */
  lessons: Readonly<Record<string, string>>;
  /** Quiz records (attempts, drafts) follow these. */
  quizzes: Readonly<Record<string, string>>;
  /** Lab records (steps done, sessions) follow these; absent when no lab was renamed. */
  labs?: Readonly<Record<string, string>>;
}

/**
 * Moves the progress of renamed lessons and quizzes to their new ids, merging it with any
 * progress already under the new id. Returns null when no old id is present.
 */
export function renameIds(data: ProgressData, renames: IdRenames): ProgressData | null {
  const renamer = (map: Readonly<Record<string, string>>) => (id: string) =>
    Object.hasOwn(map, id) ? map[id] : undefined;
  const renamedLesson = renamer(renames.lessons);
  const renamedQuiz = renamer(renames.quizzes);
  const renamedLab = renamer(renames.labs ?? {});
  const labEntries = Object.entries(data.labs);
  const cardEntries = Object.entries(data.cards);
  const newLessonId = (id: string): string => renamedLesson(id) ?? id;
  const lessonEntries = Object.entries(data.lessons);
  const quizEntries = Object.entries(data.quizzes);
  const touches =
    lessonEntries.some(([id]) => renamedLesson(id) !== undefined) ||
    quizEntries.some(
      ([id, quiz]) =>
        renamedQuiz(id) !== undefined || (quiz.lessonId !== null && renamedLesson(quiz.lessonId) !== undefined),
    ) ||
    (data.lastLocation?.lessonId != null && renamedLesson(data.lastLocation.lessonId) !== undefined) ||
    labEntries.some(
      ([id, lab]) =>
        renamedLab(id) !== undefined || (lab.lessonId !== null && renamedLesson(lab.lessonId) !== undefined),
    ) ||
    cardEntries.some(([, card]) => renamedQuiz(card.quizId) !== undefined);
  if (!touches) return null;
  // A renamed quiz's cards follow it: same questions, so the learner's schedule is kept.
  const movedCard = (card: ReviewCard): ReviewCard => ({ ...card, quizId: renamedQuiz(card.quizId) ?? card.quizId });
  const withNewLesson = (quiz: QuizRecord): QuizRecord => ({
    ...quiz,
    lessonId: quiz.lessonId && newLessonId(quiz.lessonId),
  });
  // Records already under their final id, and records moving to it, are merged like two copies.
  const split = (moving: boolean): ProgressData => ({
    lessons: Object.fromEntries(
      lessonEntries
        .filter(([id]) => (renamedLesson(id) !== undefined) === moving)
        .map(([id, record]) => [newLessonId(id), record]),
    ),
    quizzes: Object.fromEntries(
      quizEntries
        .filter(([id]) => (renamedQuiz(id) !== undefined) === moving)
        .map(([id, quiz]) => [renamedQuiz(id) ?? id, withNewLesson(quiz)]),
    ),
    labs: Object.fromEntries(
      labEntries
        .filter(([id]) => (renamedLab(id) !== undefined) === moving)
        .map(([id, lab]) => [renamedLab(id) ?? id, { ...lab, lessonId: lab.lessonId && newLessonId(lab.lessonId) }]),
    ),
    cards: Object.fromEntries(
      cardEntries
        .filter(([, card]) => (renamedQuiz(card.quizId) !== undefined) === moving)
        .map(([id, card]) => {
          const moved = movedCard(card);
          return [moving ? cardKey(moved.quizId, moved.questionId) : id, moved];
        }),
    ),
    lastLocation:
      moving || data.lastLocation === null
        ? null
        : { ...data.lastLocation, lessonId: data.lastLocation.lessonId && newLessonId(data.lastLocation.lessonId) },
    reset: data.reset,
    ...(moving || data.certificate === undefined ? {} : { certificate: data.certificate }),
  });
  return mergeProgress(split(false), split(true));
}
