/**
 * How the progress is kept in storage, as pure functions over the stored text: reading (parse,
 * version, migration), merging a stored copy with this tab's, and writing (the envelope). No
 * storage is touched here: progress-storage.ts is the one thin adapter to localStorage, and the
 * store (progress-store.ts) asks these functions what to do at each of the three moments the
 * stored text matters, the same rules for all three:
 * - the first load (`planLoad`): what the page starts with, and what to say about it;
 * - a write (`planWrite`): read what is stored now, merge it with memory, write the merge;
 * - another tab's write, heard through the `storage` event (`planIncoming`): merge it into memory.
 * Each plan is a value; the store carries it out. Whatever the text, a plan never throws, and
 * the progress in memory is never part of what a plan leaves out: a corrupt stored copy is set
 * aside (never merged, never lost), a newer one is left alone.
 */
import { mergeProgress } from './merge';
import { detectVersion, renameIds, runMigrations, type IdRenames } from './migrations';
import { PROGRESS_VERSION, progressDataSchema, toEnvelope, type ProgressData } from './progress-schema';
import { parseJsonSafely } from './safe-json';

/** What a stored text holds, for this version of the app. */
export type StoredReading =
  | { kind: 'empty' }
  /** Progress this version can use (migrated if it was older: `version` is the one found). */
  | { kind: 'data'; data: ProgressData; version: number }
  /** Written by a newer deploy: never written over; `data` is what can be read of it, if anything. */
  | { kind: 'newer'; version: number; data: ProgressData | null }
  /** Not JSON, not ours, or not the shape its version says: set aside, never merged. */
  | { kind: 'corrupt' };

/**
 * Reads a stored text (null: nothing stored). `migratedAt` is asked only when an older version is
 * migrated (the migrations date what they infer). Never throws.
 */
export function readStored(raw: string | null, migratedAt: () => string): StoredReading {
  if (raw === null) return { kind: 'empty' };
  const json = parseJsonSafely(raw);
  if (!json.ok) return { kind: 'corrupt' };
  const detected = detectVersion(json.value);
  if (!detected.ok) return { kind: 'corrupt' };
  const { version, payload } = detected;
  if (version > PROGRESS_VERSION) {
    const readable = progressDataSchema.safeParse(payload);
    return { kind: 'newer', version, data: readable.success ? readable.data : null };
  }
  const data = runMigrations(version, payload, version < PROGRESS_VERSION ? migratedAt() : '');
  return data ? { kind: 'data', data, version } : { kind: 'corrupt' };
}

/** The text stored for some progress: the versioned envelope. `readStored(writeStored(x))` gives x back. */
export function writeStored(data: ProgressData): string {
  return JSON.stringify(toEnvelope(data));
}

/** No renamed ids. */
export const NO_RENAMES: IdRenames = { lessons: {}, quizzes: {}, labs: {} };

/** Renames add up: a later map adds to (and for the same old id, replaces) the earlier one. */
export function addRenames(renames: IdRenames, more: Partial<IdRenames>): IdRenames {
  return {
    lessons: { ...renames.lessons, ...more.lessons },
    quizzes: { ...renames.quizzes, ...more.quizzes },
    labs: { ...renames.labs, ...more.labs },
  };
}

/** Two copies merged (merge.ts), then renamed ids moved again: a stored copy may still hold them under old ids. */
export function mergeCopies(a: ProgressData, b: ProgressData, renames: IdRenames): ProgressData {
  const combined = mergeProgress(a, b);
  return renameIds(combined, renames) ?? combined;
}

/** What the page starts with. */
export interface LoadPlan {
  /** The progress to show: what was stored (migrated), or null to keep the empty initial one. */
  data: ProgressData | null;
  /** The stored text was unusable: set it aside and say so. */
  corrupt: boolean;
  /** The version found when it is newer than this app's (the page is read-only), else null. */
  newerVersion: number | null;
  /** The stored text when memory holds all of it as it is (current version): no need to merge it again. */
  known: string | null;
  /** The stored progress was of an older version, migrated: written back at once in the current one. */
  migrated: boolean;
}

export function planLoad(raw: string | null, migratedAt: () => string): LoadPlan {
  const stored = readStored(raw, migratedAt);
  switch (stored.kind) {
    case 'empty':
      return { data: null, corrupt: false, newerVersion: null, known: null, migrated: false };
    case 'corrupt':
      return { data: null, corrupt: true, newerVersion: null, known: null, migrated: false };
    case 'newer':
      return { data: stored.data, corrupt: false, newerVersion: stored.version, known: null, migrated: false };
    case 'data':
      return {
        data: stored.data,
        corrupt: false,
        newerVersion: null,
        known: stored.version === PROGRESS_VERSION ? raw : null,
        migrated: stored.version < PROGRESS_VERSION,
      };
  }
}

/** What a write does, given what is stored now. */
export type WritePlan =
  /** A newer deploy wrote meanwhile: stop writing, keep memory as it is. */
  | { kind: 'stop'; version: number }
  | {
      kind: 'write';
      /** What memory becomes, and what is written. */
      data: ProgressData;
      text: string;
      /** The stored text was unusable: it is set aside before being written over. */
      setAside: boolean;
      /** The stored text was an older version: kept under its version's backup key (once), then written over. */
      backupOfVersion: number | null;
    };

/**
 * A write: what is stored now (`raw`) merged with memory, unless it is the text this tab last
 * wrote or merged (`known`), which memory already holds.
 */
export function planWrite(
  memory: ProgressData,
  raw: string | null,
  known: string | null,
  renames: IdRenames,
  migratedAt: () => string,
): WritePlan {
  let data = memory;
  let setAside = false;
  let backupOfVersion: number | null = null;
  if (raw !== null && raw !== known) {
    const stored = readStored(raw, migratedAt);
    if (stored.kind === 'newer') return { kind: 'stop', version: stored.version };
    if (stored.kind === 'corrupt') setAside = true;
    if (stored.kind === 'data') {
      if (stored.version < PROGRESS_VERSION) backupOfVersion = stored.version;
      data = mergeCopies(stored.data, memory, renames);
    }
  }
  return { kind: 'write', data, text: writeStored(data), setAside, backupOfVersion };
}

/** What another tab's write does to memory (it is never written back: that text already holds the other tab's merge). */
export type IncomingPlan =
  | { kind: 'ignore' }
  | { kind: 'read-only'; version: number }
  /** `data` is memory with the other tab's copy merged in; `known` is the text it came from. */
  | { kind: 'merge'; data: ProgressData; known: string };

export function planIncoming(
  memory: ProgressData,
  raw: string | null,
  known: string | null,
  renames: IdRenames,
  migratedAt: () => string,
): IncomingPlan {
  if (raw === null || raw === known) return { kind: 'ignore' };
  const stored = readStored(raw, migratedAt);
  if (stored.kind === 'newer') return { kind: 'read-only', version: stored.version };
  if (stored.kind !== 'data') return { kind: 'ignore' };
  return { kind: 'merge', data: mergeCopies(memory, stored.data, renames), known: raw };
}
