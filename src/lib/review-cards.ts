/**
 * What « Révisions » keeps per question: a card of the spaced-repetition scheduler (FSRS).
 * The review feature writes these records and the progress feature stores and merges them;
 * both agree through this schema, and stored copies are parsed with it on the way in.
 */
// zod/mini: the tree-shakable build; these schemas are parsed on every page's first load (stored progress).
import * as z from 'zod/mini';
import { deferred } from './deferred';

const instant = deferred(() => z.iso.datetime({ offset: true }));
const count = deferred(() => z.int().check(z.minimum(0), z.maximum(1_000_000)));
const positive = deferred(() => z.number().check(z.minimum(0), z.maximum(1e9)));

export const reviewCardSchema = deferred(() =>
  z.object({
    quizId: z.string().check(z.minLength(1), z.maxLength(200)),
    questionId: z.string().check(z.minLength(1), z.maxLength(200)),
    /** When the question is next due. */
    due: instant,
    /** The scheduler's memory model: how long the memory lasts (days) and how hard the question is (1–10). */
    stability: positive,
    difficulty: positive,
    /** Days between the last two reviews, and days until the next one, as the scheduler counted them. */
    elapsedDays: count,
    scheduledDays: count,
    learningSteps: count,
    reps: count,
    lapses: count,
    /** 0 new, 1 learning, 2 review, 3 relearning. */
    state: z.int().check(z.minimum(0), z.maximum(3)),
    /** The latest answer (the later one wins a merge); null for a card never answered. */
    lastReview: z.nullable(instant),
  }),
);
export type ReviewCard = z.infer<typeof reviewCardSchema>;

/** A card's key in the progress: its quiz and question ids, which never contain `:`. */
export function cardKey(quizId: string, questionId: string): string {
  return `${quizId}:${questionId}`;
}

/** The target retention the learner may choose, and its default. */
export const RETENTION_MIN = 0.8;
export const RETENTION_MAX = 0.95;
export const RETENTION_DEFAULT = 0.9;

/** Cards due at `now` (due date reached), earliest first. */
export function dueCards<T extends { due: string }>(cards: readonly T[], now: Date): T[] {
  const time = now.getTime();
  return cards.filter((card) => Date.parse(card.due) <= time).sort((a, b) => Date.parse(a.due) - Date.parse(b.due));
}

/** Each quiz's question ids, by quiz id (virtual:course-quizzes): the questions the course still asks. */
export type QuestionIndex = Readonly<Record<string, readonly string[]>>;

/**
 * The cards whose question the course still has. A card of a removed question, or of a removed
 * quiz, is never counted nor served: the header, the progress page and « Révisions » all read
 * the cards through this. (A renamed quiz's cards were moved to its new id by the progress store,
 * from the quizzes' `previousIds`, so they are found here under that id.)
 */
export function cardsInCourse(cards: Readonly<Record<string, ReviewCard>>, index: QuestionIndex): ReviewCard[] {
  return Object.values(cards).filter(
    (card) => Object.hasOwn(index, card.quizId) && (index[card.quizId] ?? []).includes(card.questionId),
  );
}

/** The number of cards due at `now` among those the course still has questions for. */
export function countDueInCourse(cards: Readonly<Record<string, ReviewCard>>, index: QuestionIndex, now: Date): number {
  return dueCards(cardsInCourse(cards, index), now).length;
}
