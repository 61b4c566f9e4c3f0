import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cardKey, reviewCardSchema, type ReviewCard } from '../../lib/review-cards';
import { cardsAfterAnswers, clampRetention, newCard, reviewCard, type ReviewAnswer } from './scheduler';

const DAY = 86_400_000;
const start = new Date('2026-01-05T09:00:00.000Z');

function answer(card: ReviewCard | null, right: boolean, at: Date, retention?: number): ReviewCard {
  return reviewCard(card, { quizId: 'quiz-a', questionId: 'q1', right, at }, retention);
}

function daysUntilDue(card: ReviewCard, from: Date): number {
  return (Date.parse(card.due) - from.getTime()) / DAY;
}

/** Answers given on each due date, from `start`. */
function history(answers: readonly boolean[], retention?: number): ReviewCard {
  let card: ReviewCard | null = null;
  let now = start;
  for (const right of answers) {
    card = answer(card, right, now, retention);
    now = new Date(card.due);
  }
  if (!card) throw new Error('no answer');
  return card;
}

describe('the review scheduler, on a fixed clock', () => {
  test('a new card is due at once', () => {
    expect(newCard('quiz-a', 'q1', start).due).toBe(start.toISOString());
  });

  test('a right answer brings the card back later than a wrong one, in whole days', () => {
    const right = answer(null, true, start);
    const wrong = answer(null, false, start);
    expect(daysUntilDue(right, start)).toBeGreaterThan(daysUntilDue(wrong, start));
    expect(daysUntilDue(wrong, start)).toBeGreaterThanOrEqual(1);
    expect(Number.isInteger(daysUntilDue(right, start))).toBe(true);
    expect(right.lastReview).toBe(start.toISOString());
    expect(wrong.lapses).toBe(0);
  });

  test('intervals grow while the answers stay right, and a wrong answer shortens the next one', () => {
    let card = answer(null, true, start);
    let now = start;
    const intervals: number[] = [];
    for (let review = 0; review < 5; review += 1) {
      intervals.push(daysUntilDue(card, now));
      now = new Date(card.due);
      card = answer(card, true, now);
    }
    for (let index = 1; index < intervals.length; index += 1) {
      expect(intervals[index]).toBeGreaterThan(intervals[index - 1] ?? Infinity);
    }
    const lapsed = answer(card, false, new Date(card.due));
    expect(lapsed.lapses).toBe(1);
    expect(daysUntilDue(lapsed, new Date(card.due))).toBeLessThan(intervals.at(-1) ?? 0);
  });

  test('the same answers at the same times give the same schedule', () => {
    expect(history([true, false, true, true])).toEqual(history([true, false, true, true]));
  });

  test('a higher target retention brings a right card back sooner', () => {
    const relaxed = history([true, true, true], 0.8);
    const strict = history([true, true, true], 0.95);
    expect(Date.parse(strict.due)).toBeLessThan(Date.parse(relaxed.due));
  });

  test('the retention is kept between 0.80 and 0.95', () => {
    expect(clampRetention(0.5)).toBe(0.8);
    expect(clampRetention(0.99)).toBe(0.95);
    expect(clampRetention(0.85)).toBe(0.85);
    expect(clampRetention(Number.NaN)).toBe(0.9);
  });
});

describe('the review scheduler, over any history (fast-check)', () => {
  const answers = fc.array(fc.boolean(), { minLength: 0, maxLength: 12 });
  const retention = fc.double({ min: 0.8, max: 0.95, noNaN: true });

  test('every card it writes is a valid stored card, due after the answer', () => {
    fc.assert(
      fc.property(answers, fc.boolean(), retention, (past, right, target) => {
        const before = past.length === 0 ? null : history(past, target);
        const at = before ? new Date(before.due) : start;
        const after = answer(before, right, at, target);
        expect(reviewCardSchema.safeParse(after).success).toBe(true);
        expect(Date.parse(after.due)).toBeGreaterThan(at.getTime());
        expect(after.reps).toBe((before?.reps ?? 0) + 1);
      }),
    );
  });

  test('right always comes back later than wrong, from the same card at the same time', () => {
    fc.assert(
      fc.property(answers, retention, fc.integer({ min: 0, max: 400 }), (past, target, lateDays) => {
        const before = past.length === 0 ? null : history(past, target);
        const at = new Date((before ? Date.parse(before.due) : start.getTime()) + lateDays * DAY);
        expect(Date.parse(answer(before, true, at, target).due)).toBeGreaterThan(
          Date.parse(answer(before, false, at, target).due),
        );
      }),
    );
  });

  test('an answer dated before the last review never moves the schedule backwards', () => {
    fc.assert(
      fc.property(answers, fc.boolean(), fc.integer({ min: 1, max: 1000 }), (past, right, earlierDays) => {
        const before = history([true, ...past]);
        const at = new Date(Date.parse(before.lastReview ?? '') - earlierDays * DAY);
        const after = answer(before, right, at);
        expect(Date.parse(after.lastReview ?? '')).toBeGreaterThanOrEqual(Date.parse(before.lastReview ?? ''));
      }),
    );
  });
});

describe('the cards a quiz’s answers make', () => {
  const answers = fc.array(fc.record({ questionId: fc.constantFrom('q1', 'q2', 'q3'), right: fc.boolean() }), {
    maxLength: 8,
  });

  test('a missed question becomes a card due later; a right one makes no card', () => {
    const cards = cardsAfterAnswers(
      {},
      'quiz-a',
      [
        { questionId: 'q1', right: false },
        { questionId: 'q2', right: true },
      ],
      start,
    );
    expect(cards.map((card) => card.questionId)).toEqual(['q1']);
    expect(cards[0]?.quizId).toBe('quiz-a');
    expect(cards[0]?.lapses).toBe(0);
    expect(daysUntilDue(cards[0]!, start)).toBeGreaterThanOrEqual(1);
  });

  test('a right answer reschedules a card that exists, later than a wrong one', () => {
    const missed = answer(null, false, start);
    const stored = { [cardKey('quiz-a', 'q1')]: missed };
    const later = new Date(missed.due);
    const [right] = cardsAfterAnswers(stored, 'quiz-a', [{ questionId: 'q1', right: true }], later);
    const [wrong] = cardsAfterAnswers(stored, 'quiz-a', [{ questionId: 'q1', right: false }], later);
    expect(right?.reps).toBe(missed.reps + 1);
    expect(Date.parse(right!.due)).toBeGreaterThan(Date.parse(wrong!.due));
  });

  test('every missed question has one valid card, and only questions missed or already carded have one', () => {
    fc.assert(
      fc.property(answers, fc.boolean(), (given: ReviewAnswer[], withStored) => {
        const stored = withStored ? { [cardKey('quiz-a', 'q3')]: answer(null, false, start) } : {};
        const cards = cardsAfterAnswers(stored, 'quiz-a', given, start);
        const ids = cards.map((card) => card.questionId);
        expect(new Set(ids).size).toBe(ids.length);
        for (const card of cards) expect(reviewCardSchema.safeParse(card).success).toBe(true);
        for (const { questionId } of given.filter((one) => !one.right)) expect(ids).toContain(questionId);
        for (const id of ids) {
          const missed = given.some((one) => one.questionId === id && !one.right);
          expect(missed || (withStored && id === 'q3')).toBe(true);
        }
      }),
    );
  });
});
