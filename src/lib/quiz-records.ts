/**
 * What a quiz leaves behind: the draft of the attempt in progress and the finished attempts.
 * The quiz feature produces these records and the progress feature stores them; both agree
 * through these schemas, and stored copies are parsed with them on the way in.
 */
// zod/mini: the tree-shakable build; these schemas are parsed on every page's first load (stored progress).
import * as z from 'zod/mini';
import { deferred } from './deferred';

/** Any JSON value: answers are opaque to the store, each question type reads its own. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export const jsonValueSchema: z.ZodMiniType<JsonValue> = deferred(() =>
  z.lazy(() =>
    z.union([
      z.string(),
      z.number(),
      z.boolean(),
      z.null(),
      z.array(jsonValueSchema),
      z.record(z.string(), jsonValueSchema),
    ]),
  ),
);

const isoDate = deferred(() => z.string().check(z.minLength(1)));
const unitScore = deferred(() => z.number().check(z.minimum(0), z.maximum(1)));
const hintCount = deferred(() => z.int().check(z.minimum(0)));

export const quizModeSchema = deferred(() => z.enum(['practice', 'exam']));
export type QuizMode = z.infer<typeof quizModeSchema>;

export const quizDraftSchema = deferred(() =>
  z.object({
    /** Seeds the shuffles of this attempt, so a reload shows the same order. */
    seed: z.int(),
    startedAt: isoDate,
    answers: z.record(z.string(), jsonValueSchema),
    /** Practice mode: question id → score when it was last checked. */
    checked: z.record(z.string(), unitScore),
    /** Question id → number of hints revealed. */
    hintsUsed: z.record(z.string(), hintCount),
    /**
     * Practice mode: question id → score at its first check, never changed by a retry. Optional, so
     * it needs no new schema version (drafts saved before it simply lack it).
     */
    firstChecked: z.optional(z.record(z.string(), unitScore)),
  }),
);
export type QuizDraft = z.infer<typeof quizDraftSchema>;

export const quizAttemptSchema = deferred(() =>
  z.object({
    seed: z.int(),
    startedAt: isoDate,
    finishedAt: isoDate,
    mode: quizModeSchema,
    answers: z.record(z.string(), jsonValueSchema),
    hintsUsed: z.record(z.string(), hintCount),
    /** Question id → score in [0, 1] after hint penalties. */
    questionScores: z.record(z.string(), unitScore),
    score: unitScore,
    passed: z.boolean(),
    /**
     * Practice mode: question id → score at the first check (before any retry), what the learner
     * knew. Optional, as `firstChecked`: attempts finished before it, and exams, lack it.
     */
    firstTryScores: z.optional(z.record(z.string(), unitScore)),
  }),
);
export type QuizAttempt = z.infer<typeof quizAttemptSchema>;

/**
 * An attempt's score at first try, in [0, 1]: the mean of its first checks in practice, the score
 * itself otherwise (an exam has no retry; an older practice attempt did not keep its first checks).
 */
export function firstTryScore(attempt: QuizAttempt): number {
  const first = attempt.firstTryScores;
  if (first === undefined) return attempt.score;
  const ids = Object.keys(attempt.questionScores);
  if (ids.length === 0) return attempt.score;
  const total = ids.reduce((sum, id) => sum + (first[id] ?? 0), 0);
  return Math.min(1, Math.max(0, total / ids.length));
}

/** What the quiz component is given back: everything the store knows about one quiz. */
export interface QuizSaved {
  attempts: QuizAttempt[];
  draft: QuizDraft | null;
}
