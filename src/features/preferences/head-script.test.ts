import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, test } from 'vitest';
import { defaultPreferences, usePreferences } from './preferences-store';

// The script the page loads in its <head>, before any module: run it as the browser would.
const script = readFileSync(join(import.meta.dirname, '../../../public/head.js'), 'utf8');
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

describe('the app starts after the first paint', () => {
  afterEach(() => {
    document.head.replaceChildren();
  });

  function runWithFrames() {
    const frames: (() => void)[] = [];
    const timers: (() => void)[] = [];
    const fakeWindow = {
      localStorage: window.localStorage,
      requestAnimationFrame: (callback: () => void) => frames.push(callback),
      setTimeout: (callback: () => void) => timers.push(callback),
    };
    runInNewContext(script, { window: fakeWindow, document });
    return { frames, timers };
  }

  const moduleTags = () =>
    [...document.head.querySelectorAll('script[type="module"], link[rel="modulepreload"]')].map((element) =>
      element instanceof HTMLScriptElement
        ? `script ${element.getAttribute('src')}`
        : `preload ${element.getAttribute('href')}`,
    );

  test('the modules a built page lists are added once the frame has painted, chunks before the entry', () => {
    const meta = document.createElement('meta');
    meta.name = 'cours-docker:modules';
    meta.content = '/assets/index-a.js /assets/page-b.js /assets/quiz-c.js';
    document.head.append(meta);
    const { frames, timers } = runWithFrames();
    expect(moduleTags()).toEqual([]);
    // The frame's callback only queues the start, which runs after the paint.
    frames.forEach((frame) => frame());
    expect(moduleTags()).toEqual([]);
    timers.forEach((timer) => timer());
    expect(moduleTags()).toEqual([
      'preload /assets/page-b.js',
      'preload /assets/quiz-c.js',
      'script /assets/index-a.js',
    ]);
    const entry = document.head.querySelector('script[type="module"]');
    expect(entry?.getAttribute('crossorigin')).toBe('');
  });

  test('a page without the list (the development page) gets nothing added', () => {
    const { frames, timers } = runWithFrames();
    frames.forEach((frame) => frame());
    timers.forEach((timer) => timer());
    expect(moduleTags()).toEqual([]);
  });
});
