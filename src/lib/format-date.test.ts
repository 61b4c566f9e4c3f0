import { expect, test } from 'vitest';
import { formatAbsoluteDate, formatLongDate, formatRelativeDate } from './format-date';

const now = new Date('2025-03-10T12:00:00.000Z');

test.each([
  ['2025-03-10T11:59:30.000Z', 'fr', /il y a 30 secondes/],
  ['2025-03-10T11:00:00.000Z', 'fr', /il y a 1 heure/],
  ['2025-03-09T12:00:00.000Z', 'fr', /hier/],
  ['2025-03-07T12:00:00.000Z', 'fr', /il y a 3 jours/],
  ['2025-01-10T12:00:00.000Z', 'fr', /il y a 2 mois/],
  ['2025-03-07T12:00:00.000Z', 'en', /3 days ago/],
] as const)('%s reads as %s in %s', (iso, lang, expected) => {
  expect(formatRelativeDate(iso, now, lang)).toMatch(expected);
});

test('absolute dates follow the language', () => {
  expect(formatAbsoluteDate('2025-03-01T10:00:00.000Z', 'fr')).toMatch(/mars 2025/);
  expect(formatAbsoluteDate('2025-03-01T10:00:00.000Z', 'en')).toMatch(/March 2025/);
  expect(formatAbsoluteDate('pas une date', 'fr')).toBe('pas une date');
});

test('formatLongDate gives the day in words, and leaves an unreadable date as written', () => {
  expect(formatLongDate('2025-03-01T10:00:00Z', 'fr')).toBe('1 mars 2025');
  expect(formatLongDate('2025-03-01T10:00:00Z', 'en')).toBe('1 March 2025');
  expect(formatLongDate('pas une date', 'fr')).toBe('pas une date');
});
