import fc from 'fast-check';
import { expect, test } from 'vitest';
import { decodeLessonDetails, encodeLessonDetails } from './lesson-details-meta';

const heading = fc.record({ depth: fc.constantFrom(2 as const, 3 as const), text: fc.string(), slug: fc.string() });
const details = fc.record({
  description: fc.string(),
  objectives: fc.array(fc.string()),
  headings: fc.array(heading),
  wordCount: fc.nat(),
});

test('a lesson’s details come back as they were written, whatever their text', () => {
  fc.assert(
    fc.property(fc.string({ minLength: 1 }), details, (lessonId, written) => {
      expect(decodeLessonDetails(encodeLessonDetails(lessonId, written))).toEqual({ lessonId, ...written });
    }),
  );
});

test('anything else reads as no details, never as a throw', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.json(), fc.constant(null), fc.constant(undefined)), (text) => {
      const decoded = decodeLessonDetails(text);
      if (decoded !== null) {
        expect(typeof decoded.lessonId).toBe('string');
        expect(decoded.objectives.every((objective) => typeof objective === 'string')).toBe(true);
      }
    }),
  );
  expect(
    decodeLessonDetails('{"lessonId":"a","description":"d","objectives":[1],"headings":[],"wordCount":0}'),
  ).toBeNull();
  // A page written before the details carried the word count, or with a count that is no count.
  expect(decodeLessonDetails('{"lessonId":"a","description":"d","objectives":[],"headings":[]}')).toBeNull();
  for (const count of ['-1', '1.5', '"12"', 'null'])
    expect(
      decodeLessonDetails(`{"lessonId":"a","description":"d","objectives":[],"headings":[],"wordCount":${count}}`),
    ).toBeNull();
  expect(
    decodeLessonDetails(
      '{"lessonId":"a","description":"d","objectives":[],"headings":[{"depth":4,"text":"x","slug":"x"}],"wordCount":0}',
    ),
  ).toBeNull();
  expect(decodeLessonDetails('{"lessonId":"a","objectives":[],"headings":[],"wordCount":0}')).toBeNull();
  expect(
    decodeLessonDetails('{"lessonId":"a","description":"d","objectives":[],"headings":[],"wordCount":0}'),
  ).not.toBeNull();
  expect(decodeLessonDetails('not json')).toBeNull();
  expect(decodeLessonDetails('')).toBeNull();
});

test('fields a heading does not have are left out', () => {
  const text =
    '{"lessonId":"a","description":"d","objectives":[],"headings":[{"depth":2,"text":"T","slug":"t","extra":"<b>"}],"wordCount":3}';
  expect(decodeLessonDetails(text)?.headings).toEqual([{ depth: 2, text: 'T', slug: 't' }]);
});
