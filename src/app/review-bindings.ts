/**
 * Connects the quizzes to « Révisions »: what a learner answers in a quiz becomes review cards in
 * the progress store. The quiz and review features never meet; this module reads the quiz's
 * records (lib/quiz-records), asks the review scheduler for the cards, and stores them.
 *
 * The scheduler (and ts-fsrs with it) is loaded only once an answer is to be recorded, so a
 * lesson's first load does not carry it.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { usePreferences } from '../features/preferences/preferences-store';
import { useProgressStore } from '../features/progress/progress-store';
import type { ReviewAnswer } from '../features/review/scheduler';
import type { QuizAttempt, QuizDraft } from '../lib/quiz-records';
import { countDueInCourse, type QuestionIndex } from '../lib/review-cards';

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

/** The target retention the learner chose (« Révisions »), 0.90 unless changed. */
export function chosenRetention(): number {
  return usePreferences.getState().reviewRetention;
}

/**
 * Turns answers to a quiz into review cards dated now, at the learner's target retention, and stores them. Resolves once stored; if
 * the scheduler cannot be loaded, the answers wait in memory for the next call and it rejects.
 */
export async function recordReviewAnswers(
  quizId: string,
  answers: readonly ReviewAnswer[],
  retention: number = chosenRetention(),
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

/**
 * The course's question ids (virtual:course-quizzes), to count only the cards whose question the
 * course still has. Loaded after the first load, once the learner has cards; null until then (and
 * on the server), so nothing is counted before it is known and hydration matches the prerender.
 */
let questionIndex: QuestionIndex | null = null;
let indexLoading: Promise<void> | null = null;
const indexListeners = new Set<() => void>();

export function loadQuestionIndex(): Promise<void> {
  indexLoading ??= import('virtual:course-quizzes').then(
    (module) => {
      questionIndex = module.questionIds;
      for (const listener of indexListeners) listener();
    },
    () => {
      // Offline: tried again at the next change of the cards.
      indexLoading = null;
    },
  );
  return indexLoading;
}

function subscribeToIndex(listener: () => void): () => void {
  indexListeners.add(listener);
  return () => indexListeners.delete(listener);
}

/**
 * The number of review cards due now whose question the course still has, for the header and
 * the progress page: the same figure « Révisions » serves (0 before the store and the course's
 * question ids are read).
 */
export function useDueCardCount(): number {
  const hasCards = useProgressStore((state) => Object.keys(state.data.cards).length > 0);
  useEffect(() => {
    if (hasCards) void loadQuestionIndex();
  }, [hasCards]);
  const index = useSyncExternalStore(
    subscribeToIndex,
    () => questionIndex,
    () => null,
  );
  return useProgressStore((state) => (index === null ? 0 : countDueInCourse(state.data.cards, index, new Date())));
}
