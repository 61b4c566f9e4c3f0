import { afterEach, expect, test } from 'vitest';
import { defaultPreferences, parsePreferences, PREFERENCES_KEY, usePreferences } from './preferences-store';

afterEach(() => {
  localStorage.clear();
  usePreferences.setState(defaultPreferences);
});

test('stored preferences are read field by field, and anything unknown is ignored', () => {
  expect(parsePreferences({ theme: 'dark', lang: 'en' })).toEqual({ theme: 'dark', lang: 'en' });
  expect(parsePreferences({ theme: 'pink', lang: 'de' })).toEqual({});
  expect(parsePreferences({ theme: 'light', lang: 42 })).toEqual({ theme: 'light' });
  expect(parsePreferences('dark')).toEqual({});
  expect(parsePreferences(null)).toEqual({});
});

test('a choice is remembered under the preferences key', () => {
  usePreferences.getState().setTheme('dark');
  usePreferences.getState().setLang('en');
  const stored = JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? 'null') as unknown;
  expect(stored).toEqual({ state: { theme: 'dark', lang: 'en', reviewRetention: 0.9 }, version: 1 });
});

test('a corrupt or foreign blob leaves the defaults', async () => {
  localStorage.setItem(PREFERENCES_KEY, '{"state":{"theme":"sepia","lang":"en"},"version":1}');
  await usePreferences.persist.rehydrate();
  expect(usePreferences.getState()).toMatchObject({ theme: 'system', lang: 'en' });
  localStorage.setItem(PREFERENCES_KEY, 'not json');
  await usePreferences.persist.rehydrate();
  expect(usePreferences.getState()).toMatchObject({ theme: 'system', lang: 'en' });
});

test('the review’s target retention is 0.90 by default, kept when chosen from 0.80 to 0.95, and stored', () => {
  expect(usePreferences.getState().reviewRetention).toBe(0.9);
  usePreferences.getState().setReviewRetention(0.85);
  expect(usePreferences.getState().reviewRetention).toBe(0.85);
  const stored = JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? 'null') as { state: unknown };
  expect(stored.state).toMatchObject({ reviewRetention: 0.85 });
  for (const wrong of [0.79, 0.96, 1, 0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
    usePreferences.getState().setReviewRetention(wrong);
    expect(usePreferences.getState().reviewRetention).toBe(0.85);
  }
  usePreferences.getState().setReviewRetention(0.8);
  usePreferences.getState().setReviewRetention(0.95);
  expect(usePreferences.getState().reviewRetention).toBe(0.95);
});

test.each([
  ['out of range, low', '0.5'],
  ['out of range, high', '0.99'],
  ['a text', '"0.85"'],
  ['null', 'null'],
  ['an object', '{"value":0.85}'],
])('a stored target retention %s gives the default, never a crash', async (_case, value) => {
  localStorage.setItem(
    PREFERENCES_KEY,
    `{"state":{"theme":"dark","lang":"fr","reviewRetention":${value}},"version":1}`,
  );
  await usePreferences.persist.rehydrate();
  expect(usePreferences.getState()).toMatchObject({ theme: 'dark', reviewRetention: 0.9 });
  expect(parsePreferences(JSON.parse(`{"reviewRetention":${value}}`))).toEqual({});
});

test('a stored target retention in range is read back', async () => {
  localStorage.setItem(PREFERENCES_KEY, '{"state":{"theme":"light","lang":"fr","reviewRetention":0.82},"version":1}');
  await usePreferences.persist.rehydrate();
  expect(usePreferences.getState()).toMatchObject({ theme: 'light', reviewRetention: 0.82 });
});
