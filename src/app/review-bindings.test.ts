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
