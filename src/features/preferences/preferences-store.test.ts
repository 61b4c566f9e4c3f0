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
  expect(stored).toEqual({ state: { theme: 'dark', lang: 'en' }, version: 1 });
});

test('a corrupt or foreign blob leaves the defaults', async () => {
  localStorage.setItem(PREFERENCES_KEY, '{"state":{"theme":"sepia","lang":"en"},"version":1}');
  await usePreferences.persist.rehydrate();
  expect(usePreferences.getState()).toMatchObject({ theme: 'system', lang: 'en' });
  localStorage.setItem(PREFERENCES_KEY, 'not json');
  await usePreferences.persist.rehydrate();
  expect(usePreferences.getState()).toMatchObject({ theme: 'system', lang: 'en' });
});
