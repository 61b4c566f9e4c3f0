/**
 * The review scheduler: a thin, pure layer over ts-fsrs (FSRS, MIT). A right answer is rated
 * Good, a wrong one Again; intervals are whole days (no same-day learning steps: a course is
 * reviewed from one day to the next) and deterministic (no fuzz), so the same answers at the
 * same times always give the same schedule. This module is the only one importing ts-fsrs, and
 * only the pages that review load it.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type FSRS } from 'ts-fsrs';
import { cardKey, RETENTION_DEFAULT, RETENTION_MAX, RETENTION_MIN, type ReviewCard } from '../../lib/review-cards';

/** The retention asked for, kept within the range the learner may choose. */
export function clampRetention(retention: number): number {
  if (!Number.isFinite(retention)) return RETENTION_DEFAULT;
  return Math.min(RETENTION_MAX, Math.max(RETENTION_MIN, retention));
}

const schedulers = new Map<number, FSRS>();

function schedulerFor(retention: number): FSRS {
  const target = clampRetention(retention);
  let scheduler = schedulers.get(target);
  if (!scheduler) {
    scheduler = fsrs(
      generatorParameters({
        request_retention: target,
        enable_fuzz: false,
        enable_short_term: false,
        learning_steps: [],
        relearning_steps: [],
      }),
    );
    schedulers.set(target, scheduler);
  }
  return scheduler;
}

function toFsrs(card: ReviewCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.lastReview === null ? {} : { last_review: new Date(card.lastReview) }),
  };
}

function whole(value: number): number {
  return Number.isFinite(value) ? Math.max(0, Math.round(value)) : 0;
}

function fromFsrs(quizId: string, questionId: string, card: Card): ReviewCard {
  return {
    quizId,
    questionId,
    due: card.due.toISOString(),
    stability: Number.isFinite(card.stability) ? Math.max(0, card.stability) : 0,
    difficulty: Number.isFinite(card.difficulty) ? Math.max(0, card.difficulty) : 0,
    elapsedDays: whole(card.elapsed_days),
    scheduledDays: whole(card.scheduled_days),
    learningSteps: whole(card.learning_steps),
    reps: whole(card.reps),
    lapses: whole(card.lapses),
    state: Math.min(3, whole(card.state)),
    lastReview: card.last_review ? card.last_review.toISOString() : null,
  };
}

/** A card never answered, due at once. */
export function newCard(quizId: string, questionId: string, now: Date): ReviewCard {
  return fromFsrs(quizId, questionId, createEmptyCard(now));
}

/**
 * The card after an answer at `now`: right → Good (it comes back later), wrong → Again (sooner).
 * A missing card starts new. Answers dated before the card's last review are applied at that
 * review's time, so the schedule never runs backwards.
 */
export function reviewCard(
  card: ReviewCard | null,
  answer: { quizId: string; questionId: string; right: boolean; at: Date },
  retention: number = RETENTION_DEFAULT,
): ReviewCard {
  const base = card ?? newCard(answer.quizId, answer.questionId, answer.at);
  const last = base.lastReview === null ? null : Date.parse(base.lastReview);
  const at = last !== null && answer.at.getTime() < last ? new Date(last) : answer.at;
  const next = schedulerFor(retention).next(toFsrs(base), at, answer.right ? Rating.Good : Rating.Again);
  return fromFsrs(answer.quizId, answer.questionId, next.card);
}

/** One answer to a question of a quiz: fully right, or not. */
export interface ReviewAnswer {
  questionId: string;
  right: boolean;
}

/**
 * The cards a quiz's answers at `at` create or change, for the progress store: a wrong answer
 * makes the question's card (or reschedules it, Again); a right one reschedules a card that
 * exists (Good) and makes none, so only what the learner missed comes back. Answers to the same
 * question are applied in order.
 */
export function cardsAfterAnswers(
  cards: Readonly<Record<string, ReviewCard>>,
  quizId: string,
  answers: readonly ReviewAnswer[],
  at: Date,
  retention: number = RETENTION_DEFAULT,
): ReviewCard[] {
  const changed = new Map<string, ReviewCard>();
  for (const answer of answers) {
    const key = cardKey(quizId, answer.questionId);
    const card = changed.get(key) ?? (Object.hasOwn(cards, key) ? cards[key] : undefined) ?? null;
    if (card === null && answer.right) continue;
    changed.set(key, reviewCard(card, { quizId, questionId: answer.questionId, right: answer.right, at }, retention));
  }
  return [...changed.values()];
}
