import { expect, test } from 'vitest';
import type { QuizAttempt, QuizDraft } from '../lib/quiz-records';
import { examAnswers, newFirstChecks } from './review-bindings';

const draft = (firstChecked: Record<string, number>, seed = 1): QuizDraft => ({
  seed,
  startedAt: '2026-01-05T09:00:00.000Z',
  answers: {},
  checked: firstChecked,
  hintsUsed: {},
  firstChecked,
});

test('only the first checks a draft gained count, fully right or not', () => {
  expect(newFirstChecks(draft({ a: 1 }), draft({ a: 1, b: 0.5 }))).toEqual([{ questionId: 'b', right: false }]);
  expect(newFirstChecks(null, draft({ a: 1 }))).toEqual([{ questionId: 'a', right: true }]);
  expect(newFirstChecks(draft({ a: 0 }), draft({ a: 0 }))).toEqual([]);
  expect(newFirstChecks(draft({ a: 0 }), null)).toEqual([]);
});

test('a new attempt’s draft counts its first checks again', () => {
  expect(newFirstChecks(draft({ a: 0 }, 1), draft({ a: 0 }, 2))).toEqual([{ questionId: 'a', right: false }]);
});

test('an exam gives every answer; a practice attempt none', () => {
  const attempt: QuizAttempt = {
    seed: 1,
    startedAt: '2026-01-05T09:00:00.000Z',
    finishedAt: '2026-01-05T09:10:00.000Z',
    mode: 'exam',
    answers: {},
    hintsUsed: {},
    questionScores: { a: 1, b: 0.75 },
    score: 0.875,
    passed: true,
  };
  expect(examAnswers(attempt)).toEqual([
    { questionId: 'a', right: true },
    { questionId: 'b', right: false },
  ]);
  expect(examAnswers({ ...attempt, mode: 'practice' })).toEqual([]);
});

test('answers in a lesson’s quiz are scheduled at the target retention the learner chose', async () => {
  const { usePreferences, defaultPreferences } = await import('../features/preferences/preferences-store');
  const { useProgressStore } = await import('../features/progress/progress-store');
  const { createEmptyProgress } = await import('../features/progress/progress-schema');
  const { reviewCard } = await import('../features/review/scheduler');
  const { recordReviewAnswers } = await import('./review-bindings');
  const DAY = 86_400_000;
  const at = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY);
  const ids = { quizId: 'quiz-a', questionId: 'q' };
  let known = reviewCard(null, { ...ids, right: false, at: at(60) });
  known = reviewCard(known, { ...ids, right: true, at: at(58) });
  known = reviewCard(known, { ...ids, right: true, at: at(40) });
  const scheduled = async (retention: number) => {
    useProgressStore.setState({ data: { ...createEmptyProgress(), cards: { 'quiz-a:q': known } } });
    usePreferences.getState().setReviewRetention(retention);
    await recordReviewAnswers('quiz-a', [{ questionId: 'q', right: true }]);
    return useProgressStore.getState().data.cards['quiz-a:q']?.scheduledDays ?? 0;
  };
  const low = await scheduled(0.8);
  const high = await scheduled(0.95);
  usePreferences.setState(defaultPreferences);
  expect(low).toBeGreaterThan(high);
  expect(high).toBeGreaterThan(0);
});
