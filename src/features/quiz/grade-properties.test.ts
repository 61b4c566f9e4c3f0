// @vitest-environment node
/** Properties that hold for every question type. */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { gradeAnswer, gradeQuestion } from './grade-quiz';
import { expectedAnswer } from './question-kinds/authoring';
import { questionTypes } from './quiz-schema';
import { anyQuestion, questionArbitraries } from './testing/questions';
import * as multiple from './question-kinds/multiple/multiple';

const anyAnswer = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.array(fc.string({ maxLength: 2 })),
  fc.array(fc.integer({ min: -1, max: 8 })),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.oneof(fc.integer({ min: -1, max: 8 }), fc.string())),
  fc.boolean(),
);

test.each(questionTypes)('%s: any answer scores in [0, 1] and never throws', (type) => {
  fc.assert(
    fc.property(questionArbitraries[type], anyAnswer, (question, answer) => {
      const grade = gradeAnswer(question, answer);
      expect(grade.score).toBeGreaterThanOrEqual(0);
      expect(grade.score).toBeLessThanOrEqual(1);
      expect(grade.correct).toBe(grade.score === 1);
      expect(grade.details.type).toBe(type);
    }),
    { numRuns: type === 'command' ? 200 : 500 },
  );
});

test.each(questionTypes)('%s: the expected answer scores 1', (type) => {
  fc.assert(
    fc.property(questionArbitraries[type], (question) => {
      const grade = gradeAnswer(question, expectedAnswer(question));
      expect(grade.score).toBe(1);
      expect(grade.correct).toBe(true);
    }),
  );
});

test('the expected answer survives a JSON round trip (answers are stored as JSON)', () => {
  fc.assert(
    fc.property(anyQuestion, (question) => {
      const stored: unknown = JSON.parse(JSON.stringify(expectedAnswer(question)));
      expect(gradeAnswer(question, stored).score).toBe(1);
    }),
  );
});

test('the order in which choices are picked never changes a multiple score', () => {
  fc.assert(
    fc.property(
      questionArbitraries.multiple,
      fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'z'), { maxLength: 8 }),
      fc.integer(),
      (question, picks, seed) => {
        const shuffled = [...picks].sort(() => ((seed = (seed * 1103515245 + 12345) | 0) & 1 ? 1 : -1));
        expect(gradeAnswer(question, shuffled).score).toBe(gradeAnswer(question, picks).score);
        expect(gradeAnswer(question, [...picks].reverse()).score).toBe(gradeAnswer(question, picks).score);
      },
    ),
  );
});

test('a multiple score never rewards a wrong pick', () => {
  fc.assert(
    fc.property(
      questionArbitraries.multiple,
      fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f')),
      (question, picks) => {
        const wrong = question.type === 'multiple' ? question.choices.find((choice) => !choice.correct) : undefined;
        fc.pre(wrong !== undefined);
        const without = multiple.readAnswer(picks)?.filter((id) => id !== wrong?.id) ?? [];
        expect(gradeAnswer(question, [...without, wrong?.id]).score).toBeLessThanOrEqual(
          gradeAnswer(question, without).score,
        );
      },
    ),
  );
});

test('hints only ever lower a score, which stays in [0, 1]', () => {
  fc.assert(
    fc.property(
      anyQuestion,
      anyAnswer,
      fc.integer({ min: 0, max: 10 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (question, answer, hints, penalty) => {
        const graded = gradeQuestion(question, answer, hints, penalty);
        expect(graded.score).toBeGreaterThanOrEqual(0);
        expect(graded.score).toBeLessThanOrEqual(graded.grade.score);
      },
    ),
  );
});
