import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, test } from 'vitest';
import { INTERACTION_EVENTS } from '../../lib/hydration-gate';
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

test('the head script starts a first visit’s app on the same interactions as the lesson body’s gate', () => {
  // A classic script imports nothing: its list is a copy, kept equal here.
  const list = /var INTERACTIONS = \[([^\]]*)\]/.exec(script)?.[1] ?? '';
  const events = [...list.matchAll(/'([a-z]+)'/g)].map((match) => match[1]);
  expect(events).toEqual([...INTERACTION_EVENTS]);
});

describe('the app starts after the first paint for a returning learner, at the first interaction on a first visit', () => {
  afterEach(() => {
    // Earlier runs' listeners are on the real window: let them finish (they add tags, cleared below).
    window.dispatchEvent(new Event('pointermove'));
    window.dispatchEvent(new Event('cours-docker:ready'));
    document.head.replaceChildren();
    document.body.replaceChildren();
  });

  /** Runs the head script with frames and timers the test runs, and the page's real events. */
  function runWithFrames(storage: Pick<Storage, 'length' | 'key' | 'getItem'> = window.localStorage) {
    const frames: (() => void)[] = [];
    const timers: (() => void)[] = [];
    const fakeWindow = {
      localStorage: storage,
      requestAnimationFrame: (callback: () => void) => frames.push(callback),
      setTimeout: (callback: () => void) => timers.push(callback),
      addEventListener: window.addEventListener.bind(window),
      removeEventListener: window.removeEventListener.bind(window),
    };
    runInNewContext(script, { window: fakeWindow, document, MouseEvent });
    const flush = (list: (() => void)[]) => list.splice(0).forEach((callback) => callback());
    return { paint: () => (flush(frames), flush(timers)), runTimers: () => flush(timers) };
  }

  function listModules(urls = '/assets/index-a.js /assets/page-b.js /assets/quiz-c.js') {
    const meta = document.createElement('meta');
    meta.name = 'cours-docker:modules';
    meta.content = urls;
    document.head.append(meta);
  }

  const returning = () => localStorage.setItem('cours-docker:progress', '{"version":1}');

  const moduleTags = () =>
    [...document.head.querySelectorAll('script[type="module"], link[rel="modulepreload"]')].map((element) =>
      element instanceof HTMLScriptElement
        ? `script ${element.getAttribute('src')}`
        : `preload ${element.getAttribute('href')}`,
    );
  const prefetched = () =>
    [...document.head.querySelectorAll('link[rel="prefetch"]')].map((element) => element.getAttribute('href'));

  test('a returning learner: the modules a built page lists are added once the frame has painted, chunks before the entry', () => {
    returning();
    listModules();
    const { paint } = runWithFrames();
    expect(moduleTags()).toEqual([]);
    paint();
    expect(moduleTags()).toEqual([
      'preload /assets/page-b.js',
      'preload /assets/quiz-c.js',
      'script /assets/index-a.js',
    ]);
    const entry = document.head.querySelector('script[type="module"]');
    expect(entry?.getAttribute('crossorigin')).toBe('');
    expect(prefetched()).toEqual([]);
  });

  test('a first visit: after the paint the modules are only fetched; the first interaction starts the app', () => {
    localStorage.setItem('another-site:progress', '{}');
    listModules();
    const { paint } = runWithFrames();
    paint();
    expect(moduleTags()).toEqual([]);
    expect(prefetched()).toEqual(['/assets/index-a.js', '/assets/page-b.js', '/assets/quiz-c.js']);
    window.dispatchEvent(new Event('scroll'));
    expect(moduleTags()).toEqual([
      'preload /assets/page-b.js',
      'preload /assets/quiz-c.js',
      'script /assets/index-a.js',
    ]);
    // Once only.
    window.dispatchEvent(new Event('keydown'));
    expect(moduleTags()).toHaveLength(3);
  });

  test('a first visit: an interaction before the paint is reported starts the app at once, with nothing left to prefetch', () => {
    listModules();
    const { paint } = runWithFrames();
    window.dispatchEvent(new Event('pointermove'));
    expect(moduleTags()).toHaveLength(3);
    paint();
    expect(prefetched()).toEqual([]);
  });

  test('a first visit: a click before the app is ready is put aside, then made again on the same element', () => {
    listModules();
    const { paint, runTimers } = runWithFrames();
    paint();
    document.body.innerHTML = '<button type="button">Plan du cours</button><a href="#suite">Suite</a>';
    const button = document.querySelector('button')!;
    const clicks: boolean[] = [];
    button.addEventListener('click', (event) => clicks.push(event.defaultPrevented));
    const first = new MouseEvent('click', { bubbles: true, cancelable: true });
    button.dispatchEvent(first);
    expect(first.defaultPrevented, 'the early click is stopped').toBe(true);
    expect(clicks, 'nothing below the window saw it').toEqual([]);
    expect(moduleTags(), 'and it starts the app').toHaveLength(3);
    // A link is the browser's to follow.
    const onLink = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.querySelector('a')!.dispatchEvent(onLink);
    expect(onLink.defaultPrevented).toBe(false);

    window.dispatchEvent(new Event('cours-docker:ready'));
    expect(clicks, 'made again after the app’s effect, not inside it').toEqual([]);
    runTimers();
    expect(clicks).toEqual([false]);
    // The app answers its clicks itself now.
    button.click();
    expect(clicks).toEqual([false, false]);
  });

  test('a first visit whose app cannot load (offline, blocked) stops putting clicks aside', () => {
    listModules();
    const { paint } = runWithFrames();
    paint();
    window.dispatchEvent(new Event('pointerdown'));
    document.head.querySelector('script[type="module"]')!.dispatchEvent(new Event('error'));
    document.body.innerHTML = '<button type="button">Vérifier</button>';
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.querySelector('button')!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
  });

  test('storage that cannot be read counts as a returning learner: the app starts after the paint', () => {
    listModules();
    const { paint } = runWithFrames({
      get length(): number {
        throw new DOMException('denied', 'SecurityError');
      },
      key: () => null,
      getItem: () => null,
    });
    paint();
    expect(moduleTags()).toHaveLength(3);
  });

  test('a page without the list (the development page) gets nothing added, first visit or not', () => {
    runWithFrames().paint();
    window.dispatchEvent(new Event('pointermove'));
    returning();
    runWithFrames().paint();
    expect(moduleTags()).toEqual([]);
    expect(prefetched()).toEqual([]);
  });
});
