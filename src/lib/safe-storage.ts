/**
 * The one door to localStorage. It never throws: storage may be disabled, full,
 * or missing (private mode, sandboxed iframes in an LMS). Callers learn what
 * happened from the return values and decide what to tell the learner.
 */

export type WriteResult = { ok: true } | { ok: false; reason: 'unavailable' | 'quota' | 'error' };

/**
 * A prefix put before every key, set once at start before anything reads storage: the LMS package
 * keeps each learner's copy apart (two learners may share a browser), see src/app/lms/.
 */
let scope = '';

export function setStorageScope(prefix: string): void {
  scope = prefix;
}

function getStorage(): Storage | null {
  try {
    if (typeof window === 'undefined') return null;
    return window.localStorage;
  } catch {
    return null;
  }
}

/** True when a write and a removal both succeed. */
export function isStorageAvailable(): boolean {
  const storage = getStorage();
  if (!storage) return false;
  const probe = '__cours-docker-probe__';
  try {
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

export function readItem(key: string): string | null {
  const storage = getStorage();
  if (!storage) return null;
  try {
    return storage.getItem(scope + key);
  } catch {
    return null;
  }
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

export function writeItem(key: string, value: string): WriteResult {
  const storage = getStorage();
  if (!storage) return { ok: false, reason: 'unavailable' };
  try {
    storage.setItem(scope + key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'error' };
  }
}

export function removeItem(key: string): WriteResult {
  const storage = getStorage();
  if (!storage) return { ok: false, reason: 'unavailable' };
  try {
    storage.removeItem(scope + key);
    return { ok: true };
  } catch {
    return { ok: false, reason: 'error' };
  }
}

/** Calls `onChange` when another tab writes `key`; returns the unsubscribe function. */
export function subscribeToKey(key: string, onChange: (value: string | null) => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const handleStorage = (event: StorageEvent) => {
    if (event.key === scope + key || event.key === null) onChange(readItem(key));
  };
  window.addEventListener('storage', handleStorage);
  return () => window.removeEventListener('storage', handleStorage);
}

/** Keys that start with `prefix`, sorted; empty when storage cannot be read. */
export function listKeys(prefix: string): string[] {
  const storage = getStorage();
  if (!storage) return [];
  try {
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key !== null && key.startsWith(scope + prefix)) keys.push(key.slice(scope.length));
    }
    return keys.sort();
  } catch {
    return [];
  }
}
