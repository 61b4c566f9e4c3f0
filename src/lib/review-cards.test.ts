// @vitest-environment node
import { expect, test } from 'vitest';
import { cardKey, cardsInCourse, countDueInCourse, type ReviewCard } from './review-cards';

function card(quizId: string, questionId: string, due: string): ReviewCard {
  return {
    quizId,
    questionId,
    due,
    stability: 1,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 1,
    learningSteps: 0,
    reps: 1,
    lapses: 1,
    state: 2,
    lastReview: '2026-01-01T00:00:00.000Z',
  };
}

const index = { 'quiz-a': ['un', 'deux'], 'exam-b': ['trois'] };
const cards = Object.fromEntries(
  [
    card('quiz-a', 'un', '2026-01-02T00:00:00.000Z'),
    card('quiz-a', 'deux', '2026-03-01T00:00:00.000Z'),
    card('quiz-a', 'retiree', '2026-01-02T00:00:00.000Z'),
    card('exam-b', 'trois', '2026-01-03T00:00:00.000Z'),
    card('quiz-supprime', 'un', '2026-01-02T00:00:00.000Z'),
    // `hasOwn`, not `in`: a quiz id that is a property of every object is no quiz.
    card('constructor', 'un', '2026-01-02T00:00:00.000Z'),
  ].map((item) => [cardKey(item.quizId, item.questionId), item]),
);

test('only the cards whose quiz and question the course still has are kept', () => {
  expect(cardsInCourse(cards, index).map((item) => cardKey(item.quizId, item.questionId))).toEqual([
    'quiz-a:un',
    'quiz-a:deux',
    'exam-b:trois',
  ]);
  expect(cardsInCourse(cards, {})).toEqual([]);
});

test('the due count is that of the cards in the course due by then', () => {
  expect(countDueInCourse(cards, index, new Date('2026-01-01T12:00:00.000Z'))).toBe(0);
  expect(countDueInCourse(cards, index, new Date('2026-01-02T00:00:00.000Z'))).toBe(1);
  expect(countDueInCourse(cards, index, new Date('2026-01-05T00:00:00.000Z'))).toBe(2);
  expect(countDueInCourse(cards, index, new Date('2026-06-01T00:00:00.000Z'))).toBe(3);
});
