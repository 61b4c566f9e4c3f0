// @vitest-environment node
import { expect, test } from 'vitest';
import { gradeQuestion, gradeQuiz, hintPenaltyFor, isPassed, meanScore } from './grade-quiz';
import type { Quiz } from './quiz-schema';
import { multipleQuestion, singleQuestion, trueFalseQuestion } from './testing/questions';

const quiz: Quiz = {
  id: 'quiz',
  mode: 'practice',
  passMark: 70,
  hintPenalty: 0.25,
  questions: [
    { ...singleQuestion(0), id: 'q1' },
    { ...trueFalseQuestion(true), id: 'q2' },
    { ...multipleQuestion([true, true, false]), id: 'q3' },
    { ...trueFalseQuestion(false), id: 'q4' },
  ],
};

test('gradeQuestion applies the hint penalty to the score, not to the type grade', () => {
  const graded = gradeQuestion(trueFalseQuestion(true), true, 1, 0.25);
  expect(graded).toMatchObject({ hintsUsed: 1, penalty: 0.25, score: 0.75 });
  expect(graded.grade).toMatchObject({ score: 1, correct: true });
  expect(gradeQuestion(trueFalseQuestion(true), true, 0, 0.25).score).toBe(1);
  expect(gradeQuestion(trueFalseQuestion(true), false, 2, 0.25).score).toBe(0);
});

test('hint penalties never take more than all the points', () => {
  expect(hintPenaltyFor(5, 0.25)).toBe(1);
  expect(gradeQuestion(trueFalseQuestion(true), true, 9, 0.25).score).toBe(0);
  expect(hintPenaltyFor(-1, 0.25)).toBe(0);
  expect(hintPenaltyFor(Number.NaN, 0.25)).toBe(0);
  expect(hintPenaltyFor(2, 2)).toBe(1);
  expect(hintPenaltyFor(2, 0)).toBe(0);
});

test('gradeQuiz averages the question scores', () => {
  const result = gradeQuiz(quiz, { q1: 'a', q2: true, q3: ['a'], q4: true }, {});
  expect(result.questionScores).toEqual({ q1: 1, q2: 1, q3: 0.5, q4: 0 });
  expect(result.score).toBeCloseTo(0.625);
  expect(result.passed).toBe(false);
  expect(result.grades.q3?.grade.details.type).toBe('multiple');
});

test('gradeQuiz applies hints per question', () => {
  const result = gradeQuiz(quiz, { q1: 'a', q2: true, q3: ['a', 'b'], q4: false }, { q1: 1, q3: 2 });
  expect(result.questionScores).toEqual({ q1: 0.75, q2: 1, q3: 0.5, q4: 1 });
  expect(result.score).toBeCloseTo(0.8125);
  expect(result.passed).toBe(true);
});

test('missing answers score 0', () => {
  const result = gradeQuiz(quiz, {}, {});
  expect(result.score).toBe(0);
  expect(result.passed).toBe(false);
});

test('passed means score × 100 ≥ passMark', () => {
  expect(isPassed(0.7, 70)).toBe(true);
  expect(isPassed(0.69, 70)).toBe(false);
  expect(isPassed(2 / 3, 66.666666666)).toBe(true);
  expect(isPassed(1, 100)).toBe(true);
  expect(isPassed(0.01, 1)).toBe(true);
});

test('meanScore counts a question without a score as 0', () => {
  expect(meanScore(quiz, { q1: 1, q2: 1 })).toBe(0.5);
  expect(meanScore({ ...quiz, questions: [] }, {})).toBe(0);
});
