/**
 * The progress's one thin adapter to the browser: its key in localStorage (through lib/safe-storage,
 * which never throws), the keys where unreadable or older copies are set aside, other tabs' writes,
 * and the moments the learner leaves the page. No decision is taken here: persistence.ts decides,
 * progress-store.ts carries it out.
 */
import { isStorageAvailable, listKeys, readItem, removeItem, subscribeToKey, writeItem } from '../../lib/safe-storage';

export interface ProgressStorage {
  /** The stored text, or null (nothing stored, or storage unreadable). */
  read: () => string | null;
  /** Writes the text; false when it could not be written (disabled, full). */
  write: (text: string) => boolean;
  /** True when storage can be written at all. */
  isAvailable: () => boolean;
  /** Keeps an older version's text under its version's backup key, unless one is already kept. */
  keepOlderVersion: (version: number, raw: string) => void;
  /** Sets unreadable text aside under a timestamped key, then clears the progress key; false when it could not. */
  setAside: (raw: string, stamp: number) => boolean;
  /** Keys holding set-aside unreadable texts, oldest first. */
  corruptBackups: () => string[];
  /** Deletes a set-aside text (only those keys). */
  deleteCorruptBackup: (backupKey: string) => void;
  /** Calls `onChange` with the text another tab wrote; returns the unsubscribe function. */
  subscribe: (onChange: (raw: string | null) => void) => () => void;
}

export function createProgressStorage(key: string): ProgressStorage {
  const corruptPrefix = `${key}:corrupt-`;
  return {
    read: () => readItem(key),
    write: (text) => writeItem(key, text).ok,
    isAvailable: isStorageAvailable,
    keepOlderVersion: (version, raw) => {
      const backupKey = `${key}:backup-v${version}`;
      if (readItem(backupKey) === null) writeItem(backupKey, raw);
    },
    setAside: (raw, stamp) => {
      if (!writeItem(`${corruptPrefix}${stamp}`, raw).ok) return false;
      // The text is safe elsewhere: clear the key so other tabs do not set it aside again.
      removeItem(key);
      return true;
    },
    corruptBackups: () => listKeys(corruptPrefix),
    deleteCorruptBackup: (backupKey) => {
      if (backupKey.startsWith(corruptPrefix)) removeItem(backupKey);
    },
    subscribe: (onChange) => subscribeToKey(key, onChange),
  };
}

/**
 * Calls `onLeave` when the learner may be leaving for good: the page is hidden (another tab, the
 * phone locked: the browser may discard it unannounced) or unloaded. Returns the unsubscribe function.
 */
export function subscribeToLeave(onLeave: () => void): () => void {
  if (typeof window === 'undefined' || typeof document === 'undefined') return () => undefined;
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') onLeave();
  };
  window.addEventListener('pagehide', onLeave);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('pagehide', onLeave);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
