/**
 * The learner's preferences: theme, interface language and the review's target retention, persisted
 * under one localStorage key through lib/safe-storage (never throws; without
 * storage the choice lasts for the page's life). Stored JSON is parsed on the
 * way in: anything unknown or out of range falls back to the defaults.
 *
 * public/head.js reads the same key before the first paint, so keep the
 * key and the stored shape (`{ state: { theme, lang }, version }`) in step with it;
 * head-script.test.ts runs that script against this store's output.
 */
import { create } from 'zustand';
import { isLang, type Lang } from '../../lib/i18n';
import { RETENTION_DEFAULT, RETENTION_MAX, RETENTION_MIN } from '../../lib/review-cards';
import { readItem, subscribeToKey, writeItem } from '../../lib/safe-storage';

export const PREFERENCES_KEY = 'cours-docker:preferences';
const PREFERENCES_VERSION = 1;

export const themes = ['light', 'dark', 'system'] as const;
export type Theme = (typeof themes)[number];

export interface Preferences {
  theme: Theme;
  lang: Lang;
  /** « Révisions »: the share of questions the learner wants to still know when they come back (0.80–0.95). */
  reviewRetention: number;
}

interface PreferencesState extends Preferences {
  setTheme: (theme: Theme) => void;
  setLang: (lang: Lang) => void;
  /** A value outside 0.80–0.95 (or not a number) changes nothing. */
  setReviewRetention: (retention: number) => void;
}

export const defaultPreferences: Preferences = { theme: 'system', lang: 'fr', reviewRetention: RETENTION_DEFAULT };

/** A target retention the learner may choose: a number from 0.80 to 0.95. */
export function isRetention(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= RETENTION_MIN && value <= RETENTION_MAX;
}

function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (themes as readonly string[]).includes(value);
}

/** The valid part of whatever was stored; the rest is left to the defaults. */
export function parsePreferences(value: unknown): Partial<Preferences> {
  if (typeof value !== 'object' || value === null) return {};
  const record = value as Record<string, unknown>;
  return {
    ...(isTheme(record.theme) ? { theme: record.theme } : {}),
    ...(isLang(record.lang) ? { lang: record.lang } : {}),
    ...(isRetention(record.reviewRetention) ? { reviewRetention: record.reviewRetention } : {}),
  };
}

const store = create<PreferencesState>()((set) => ({
  ...defaultPreferences,
  setTheme: (theme) => set({ theme }),
  setLang: (lang) => set({ lang }),
  setReviewRetention: (retention) => {
    if (isRetention(retention)) set({ reviewRetention: retention });
  },
}));

/** Set while what storage holds is applied: that is not written back. */
let reading = false;

/**
 * Applies the stored preferences, field by field, over the current ones: a field missing or invalid
 * keeps its value, and unreadable text changes nothing. Version 1 is the first; a newer or older blob
 * is read the same way.
 */
function readStored(): void {
  const raw = readItem(PREFERENCES_KEY);
  if (raw === null) return;
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return;
  }
  const state = typeof stored === 'object' && stored !== null ? (stored as { state?: unknown }).state : undefined;
  reading = true;
  try {
    store.setState(parsePreferences(state));
  } finally {
    reading = false;
  }
}

// Every change is written at once, in the shape public/theme-init.js reads.
store.subscribe(({ theme, lang, reviewRetention }) => {
  if (reading) return;
  const state: Preferences = { theme, lang, reviewRetention };
  writeItem(PREFERENCES_KEY, JSON.stringify({ state, version: PREFERENCES_VERSION }));
});

// The first read. The store's initial state stays the defaults (`getInitialState`), the same in the
// prerender, so a prerendered page hydrates without mismatch; the stored choice applies right after.
readStored();

export const usePreferences = Object.assign(store, {
  /** Reads storage again (another tab changed the preferences); the same call as zustand's persist offered. */
  persist: {
    rehydrate: (): Promise<void> => {
      readStored();
      return Promise.resolve();
    },
  },
});

// Another tab changed the preferences: follow it.
subscribeToKey(PREFERENCES_KEY, () => void usePreferences.persist.rehydrate());
