/**
 * Connects the quizzes to « Révisions »: what a learner answers in a quiz becomes review cards in
 * the progress store. The quiz and review features never meet; this module reads the quiz's
 * records (lib/quiz-records), asks the review scheduler for the cards, and stores them.
 *
 * The scheduler (and ts-fsrs with it) is loaded only once an answer is to be recorded, so a
 * lesson's first load does not carry it.
 */
import { useProgressStore } from '../features/progress/progress-store';
import type { ReviewAnswer } from '../features/review/scheduler';
import type { QuizAttempt, QuizDraft } from '../lib/quiz-records';
import { outline } from 'virtual:course-outline';
import { dueCards, RETENTION_DEFAULT, type ReviewCard } from '../lib/review-cards';

/** A question counts as known only when fully right (no hint's cost, nothing missing). */
function isRight(score: number): boolean {
  return score >= 1;
}

/**
 * The first checks a practice draft gained over the one stored before it: what the learner knew
 * at first try. A retry changes no first check, so it is never counted twice; a new attempt's
 * draft (another seed or start) counts all of its first checks.
 */
export function newFirstChecks(previous: QuizDraft | null, next: QuizDraft | null): ReviewAnswer[] {
  const first = next?.firstChecked;
  if (!next || !first) return [];
  const sameAttempt = previous !== null && previous.seed === next.seed && previous.startedAt === next.startedAt;
  const known = sameAttempt ? (previous.firstChecked ?? {}) : {};
  return Object.entries(first)
    .filter(([questionId]) => !Object.hasOwn(known, questionId))
    .map(([questionId, score]) => ({ questionId, right: isRight(score) }));
}

/** An exam's answers, each graded once at submission; a practice attempt gives none (its first checks did). */
export function examAnswers(attempt: QuizAttempt): ReviewAnswer[] {
  if (attempt.mode !== 'exam') return [];
  return Object.entries(attempt.questionScores).map(([questionId, score]) => ({ questionId, right: isRight(score) }));
}

interface PendingAnswers {
  quizId: string;
  answers: readonly ReviewAnswer[];
  at: Date;
  retention: number;
}

/** Answers not stored yet: kept while the scheduler's chunk cannot be loaded (offline), tried again at the next answer. */
const pending: PendingAnswers[] = [];

/**
 * Turns answers to a quiz into review cards dated now, and stores them. Resolves once stored; if
 * the scheduler cannot be loaded, the answers wait in memory for the next call and it rejects.
 */
export async function recordReviewAnswers(
  quizId: string,
  answers: readonly ReviewAnswer[],
  retention: number = RETENTION_DEFAULT,
): Promise<void> {
  if (answers.length > 0) pending.push({ quizId, answers, at: new Date(), retention });
  if (pending.length === 0) return;
  const { cardsAfterAnswers } = await import('../features/review/scheduler');
  for (const batch of pending.splice(0)) {
    const store = useProgressStore.getState();
    const cards = cardsAfterAnswers(store.data.cards, batch.quizId, batch.answers, batch.at, batch.retention);
    if (cards.length > 0) store.recordReviewCards(cards);
  }
}

const courseQuizIds = new Set(outline.modules.flatMap((module) => module.lessons.flatMap((lesson) => lesson.quizIds)));

/** Cards due at `now` whose quiz the course still has. */
export function countDueCards(cards: Readonly<Record<string, ReviewCard>>, now: Date): number {
  return dueCards(
    Object.values(cards).filter((card) => courseQuizIds.has(card.quizId)),
    now,
  ).length;
}

/** The number of review cards due now, for the header and the progress page (0 before the store is read). */
export function useDueCardCount(): number {
  return useProgressStore((state) => countDueCards(state.data.cards, new Date()));
}
