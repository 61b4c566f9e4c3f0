// @vitest-environment node
import { expect, test } from 'vitest';
import type { QuizAttempt } from '../../lib/quiz-records';
import { firstTryScore, quizAttemptSchema, quizDraftSchema } from '../../lib/quiz-records';
import { initialOrder } from './display-order';
import {
  askedQuiz,
  attemptQuiz,
  attemptsLeft,
  bestScore,
  buildExamAttempt,
  countRightFirstTime,
  buildPracticeAttempt,
  countUnanswered,
  countUnchecked,
  createDraft,
  currentAnswer,
  latestAttempt,
  missedQuestions,
  retakeSeed,
  withAnswer,
  withCheck,
  withHint,
  withoutAnswer,
} from './quiz-draft';
import type { Quiz } from './quiz-schema';
import { orderingQuestion, singleQuestion, trueFalseQuestion } from './testing/questions';

const orderingQ3 = { ...orderingQuestion(3), id: 'q3' };
const quiz: Quiz = {
  id: 'quiz',
  mode: 'practice',
  passMark: 70,
  hintPenalty: 0.25,
  questions: [
    { ...singleQuestion(0), id: 'q1', section: 'terminologie' },
    { ...trueFalseQuestion(true), id: 'q2' },
    orderingQ3,
  ],
};
const started = '2025-01-01T10:00:00.000Z';
const finished = '2025-01-01T10:05:00.000Z';

test('draft updates are immutable and valid records', () => {
  const draft = createDraft(7, started);
  const next = withHint(withAnswer(draft, 'q1', 'a'), 'q1');
  expect(draft.answers).toEqual({});
  expect(next).toEqual({ seed: 7, startedAt: started, answers: { q1: 'a' }, checked: {}, hintsUsed: { q1: 1 } });
  expect(quizDraftSchema.parse(withHint(next, 'q1')).hintsUsed.q1).toBe(2);
});

test('checking records the answer and score; retrying forgets both but keeps hints', () => {
  const checked = withCheck(withHint(createDraft(1, started), 'q1'), 'q1', 'b', 0);
  expect(checked.checked).toEqual({ q1: 0 });
  const retried = withoutAnswer(checked, 'q1');
  expect(retried.answers).toEqual({});
  expect(retried.checked).toEqual({});
  expect(retried.hintsUsed).toEqual({ q1: 1 });
});

test('an ordering question left as shuffled is not answered until its order is stored', () => {
  const draft = createDraft(3, started);
  expect(currentAnswer(orderingQ3, draft)).toBeUndefined();
  expect(currentAnswer(orderingQ3, null)).toBeUndefined();
  expect(currentAnswer({ ...trueFalseQuestion(true), id: 'q2' }, draft)).toBeUndefined();
  expect(countUnanswered(quiz, null)).toBe(3);
  expect(countUnanswered(quiz, draft)).toBe(3);
  const others = withAnswer(withAnswer(draft, 'q1', 'a'), 'q2', true);
  expect(countUnanswered(quiz, others)).toBe(1);
  // « Valider cet ordre » stores the order as shown; a move stores the new order.
  const kept = withAnswer(others, 'q3', initialOrder(orderingQ3, 3));
  expect(currentAnswer(orderingQ3, kept)).toEqual(initialOrder(orderingQ3, 3));
  expect(countUnanswered(quiz, kept)).toBe(0);
  expect(countUnanswered(quiz, withAnswer(others, 'q3', [0, 1, 2]))).toBe(0);
  // Not a permutation of the items: still unanswered.
  expect(countUnanswered(quiz, withAnswer(others, 'q3', [0, 0, 1]))).toBe(1);
  // « Réessayer » forgets the stored order: unanswered again.
  expect(countUnanswered(quiz, withoutAnswer(kept, 'q3'))).toBe(1);
  // The draft with the kept order is a valid record, so it survives a reload.
  expect(quizDraftSchema.parse(kept).answers.q3).toEqual(initialOrder(orderingQ3, 3));
});

test('countUnchecked', () => {
  expect(countUnchecked(quiz, null)).toBe(3);
  expect(countUnchecked(quiz, withCheck(createDraft(1, started), 'q2', true, 1))).toBe(2);
});

test('a practice attempt takes the scores of the latest checks', () => {
  let draft = createDraft(5, started);
  draft = withCheck(draft, 'q1', 'a', 0.75);
  draft = withCheck(draft, 'q2', false, 0);
  draft = withCheck(draft, 'q3', [0, 1, 2], 1);
  const attempt = buildPracticeAttempt(quiz, withHint(draft, 'q1'), finished);
  expect(attempt).toEqual({
    seed: 5,
    startedAt: started,
    finishedAt: finished,
    mode: 'practice',
    answers: { q1: 'a', q2: false, q3: [0, 1, 2] },
    hintsUsed: { q1: 1 },
    questionScores: { q1: 0.75, q2: 0, q3: 1 },
    score: 1.75 / 3,
    passed: false,
    firstTryScores: { q1: 0.75, q2: 0, q3: 1 },
  });
  expect(quizAttemptSchema.parse(attempt)).toEqual(attempt);
});

test('a retry changes the latest check, never the first one', () => {
  let draft = createDraft(5, started);
  draft = withCheck(draft, 'q2', false, 0);
  draft = withoutAnswer(draft, 'q2');
  draft = withCheck(draft, 'q2', true, 1);
  draft = withCheck(draft, 'q1', 'a', 1);
  draft = withCheck(draft, 'q3', [0, 1, 2], 1);
  expect(draft.firstChecked).toEqual({ q2: 0, q1: 1, q3: 1 });
  const attempt = buildPracticeAttempt(quiz, draft, finished);
  expect(attempt.score).toBe(1);
  expect(attempt.firstTryScores).toEqual({ q1: 1, q2: 0, q3: 1 });
  expect(firstTryScore(attempt)).toBeCloseTo(2 / 3, 10);
  expect(countRightFirstTime(quiz, attempt)).toBe(2);
});

test('an exam attempt grades every answer, the ordering as kept by the learner', () => {
  const exam: Quiz = { ...quiz, mode: 'exam' };
  const shown = initialOrder(orderingQ3, 9);
  const draft = withAnswer(withAnswer(withAnswer(createDraft(9, started), 'q1', 'a'), 'q2', true), 'q3', shown);
  const attempt = buildExamAttempt(exam, draft, finished);
  expect(attempt.mode).toBe('exam');
  expect(attempt.answers.q3).toEqual(shown);
  expect(attempt.questionScores.q1).toBe(1);
  expect(attempt.questionScores.q2).toBe(1);
  expect(attempt.questionScores.q3).toBeLessThan(1);
  expect(quizAttemptSchema.parse(attempt)).toEqual(attempt);
});

test('an exam attempt without the ordering answer leaves it out and scores it 0', () => {
  const exam: Quiz = { ...quiz, mode: 'exam' };
  const draft = withAnswer(withAnswer(createDraft(9, started), 'q1', 'a'), 'q2', true);
  const attempt = buildExamAttempt(exam, draft, finished);
  expect(attempt.answers).toEqual({ q1: 'a', q2: true });
  expect(attempt.questionScores.q3).toBe(0);
  expect(quizAttemptSchema.parse(attempt)).toEqual(attempt);
});

function attempt(score: number, finishedAt: string): QuizAttempt {
  return {
    seed: 1,
    startedAt: started,
    finishedAt,
    mode: 'exam',
    answers: {},
    hintsUsed: {},
    questionScores: { q1: score, q2: 1, q3: 0 },
    score,
    passed: score >= 0.7,
  };
}

test('latest, best and attempts left', () => {
  const attempts = [attempt(0.5, '2025-01-02T00:00:00Z'), attempt(0.9, '2025-01-01T00:00:00Z')];
  expect(latestAttempt(attempts)?.score).toBe(0.5);
  expect(latestAttempt([])).toBeNull();
  expect(bestScore(attempts)).toBe(0.9);
  expect(bestScore([])).toBeNull();
  expect(attemptsLeft({ ...quiz, mode: 'exam', maxAttempts: 3 }, attempts)).toBe(1);
  expect(attemptsLeft({ ...quiz, mode: 'exam', maxAttempts: 1 }, attempts)).toBe(0);
  expect(attemptsLeft({ ...quiz, mode: 'exam' }, attempts)).toBeNull();
  expect(attemptsLeft(quiz, attempts)).toBeNull();
});

test('missedQuestions lists those not fully right', () => {
  expect(missedQuestions(quiz, attempt(0.5, finished)).map((question) => question.id)).toEqual(['q1', 'q3']);
});

const pool: Quiz = {
  id: 'exam-pool',
  mode: 'exam',
  passMark: 50,
  hintPenalty: 0.25,
  draw: 2,
  questions: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ ...trueFalseQuestion(true), id })),
};

test('askedQuiz: a drawn exam asks `draw` questions of its pool in the author’s order, the same for a seed', () => {
  for (let seed = 0; seed < 50; seed++) {
    const ids = askedQuiz(pool, seed).questions.map((question) => question.id);
    expect(ids).toHaveLength(2);
    expect(ids).toEqual(pool.questions.map((question) => question.id).filter((id) => ids.includes(id)));
    expect(askedQuiz(pool, seed).questions.map((question) => question.id)).toEqual(ids);
  }
  const { draw: _draw, ...whole } = pool;
  expect(askedQuiz(whole, 3)).toBe(whole);
  expect(askedQuiz({ ...pool, draw: 5 }, 3).questions).toHaveLength(5);
});

test('a drawn exam’s attempt is graded out of its draw, and its corrections are its questions', () => {
  const asked = askedQuiz(pool, 9);
  const [first, second] = asked.questions.map((question) => question.id);
  const draft = createDraft(9, '2025-01-01T00:00:00.000Z');
  const answered = withAnswer(withAnswer(draft, first ?? '', true), second ?? '', false);
  expect(countUnanswered(asked, draft)).toBe(2);
  const attempt = buildExamAttempt(asked, answered, '2025-01-01T00:05:00.000Z');
  expect(Object.keys(attempt.questionScores).sort()).toEqual([first, second].sort());
  expect(attempt.score).toBe(0.5);
  expect(attemptQuiz(pool, attempt).questions.map((question) => question.id)).toEqual([first, second]);
  expect(missedQuestions(attemptQuiz(pool, attempt), attempt).map((question) => question.id)).toEqual([second]);
});

test('retakeSeed: a retake of a drawn exam asks other questions than the attempt before it', () => {
  for (let previous = 0; previous < 30; previous++) {
    let next = previous;
    // A source of seeds that first gives the previous seed back: it is skipped.
    const seed = retakeSeed(pool, askedQuiz(pool, previous), () => next++);
    const ids = (s: number) => askedQuiz(pool, s).questions.map((question) => question.id);
    expect(ids(seed)).not.toEqual(ids(previous));
  }
  // A quiz asking all its questions takes the fresh seed as it is.
  expect(retakeSeed({ ...pool, draw: 5 }, pool, () => 1)).toBe(1);
  // A first attempt has nothing to differ from.
  expect(retakeSeed(pool, null, () => 4)).toBe(4);
});
