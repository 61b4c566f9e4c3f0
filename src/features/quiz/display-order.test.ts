// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { choiceOrder, initialOrder, rightOrder } from './display-order';
import { matchingQuestion, orderingQuestion, singleQuestion } from './testing/questions';

test('choiceOrder is a stable permutation of the choice ids', () => {
  const question = singleQuestion(0, 5);
  fc.assert(
    fc.property(fc.integer(), (seed) => {
      const order = choiceOrder(question, seed);
      expect([...order].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
      expect(choiceOrder(question, seed)).toEqual(order);
    }),
  );
});

test('initialOrder never shows the correct order', () => {
  fc.assert(
    fc.property(fc.integer({ min: 3, max: 8 }), fc.integer(), (count, seed) => {
      const order = initialOrder(orderingQuestion(count), seed);
      expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_v, i) => i));
      expect(order.some((item, position) => item !== position)).toBe(true);
    }),
  );
});

test('rightOrder is a permutation of the right-hand indices', () => {
  fc.assert(
    fc.property(fc.integer(), (seed) => {
      expect([...rightOrder(matchingQuestion(4), seed)].sort()).toEqual([0, 1, 2, 3]);
    }),
  );
});

test('two questions of one attempt get different orders', () => {
  const a = { ...singleQuestion(0, 6), id: 'a' };
  const b = { ...singleQuestion(0, 6), id: 'b' };
  const differing = Array.from(
    { length: 20 },
    (_v, seed) => choiceOrder(a, seed).join() !== choiceOrder(b, seed).join(),
  );
  expect(differing.filter(Boolean).length).toBeGreaterThan(15);
});
