import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, expect, test } from 'vitest';
import { defaultPreferences, usePreferences } from './preferences-store';

// The script the page loads in its <head>, before any module: run it as the browser would.
const script = readFileSync(join(import.meta.dirname, '../../../public/theme-init.js'), 'utf8');
const runThemeInit = () => void runInNewContext(script, { window, document });

afterEach(() => {
  usePreferences.setState(defaultPreferences);
  localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.setAttribute('lang', 'fr');
});

test('the head script applies what the preferences store saved', () => {
  usePreferences.getState().setTheme('dark');
  usePreferences.getState().setLang('en');
  runThemeInit();
  expect(document.documentElement.dataset.theme).toBe('dark');
  expect(document.documentElement.lang).toBe('en');
});

test('the system theme, nothing stored, or a corrupt blob leave the page as it is', () => {
  usePreferences.getState().setTheme('system');
  runThemeInit();
  expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  localStorage.clear();
  runThemeInit();
  expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  localStorage.setItem('cours-docker:preferences', '{"state":{"theme":"<script>","lang":"xx"}}');
  runThemeInit();
  expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  expect(document.documentElement.lang).toBe('fr');
  localStorage.setItem('cours-docker:preferences', '{oops');
  expect(runThemeInit).not.toThrow();
});
