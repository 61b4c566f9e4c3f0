/**
 * Finds the LMS's SCORM API object: `API` (SCORM 1.2) or `API_1484_11` (SCORM 2004), looked up
 * in this window, then its parents up to the top, then the opener's chain (an LMS that opened the
 * course in a new window). A frame of another origin throws on any property read: each read is
 * guarded, so the search never throws; it only ever reads windows, never writes to them.
 */

const MAX_DEPTH = 12;

function readProperty(target: Window, name: string): unknown {
  try {
    return (target as unknown as Record<string, unknown>)[name];
  } catch {
    return undefined;
  }
}

function parentOf(target: Window): Window | null {
  try {
    const parent = target.parent;
    return parent && parent !== target ? parent : null;
  } catch {
    return null;
  }
}

function openerOf(target: Window): Window | null {
  try {
    const opener = target.opener as Window | null;
    return opener && opener !== target ? opener : null;
  } catch {
    return null;
  }
}

function searchChain(start: Window, name: string, isApi: (value: unknown) => boolean): unknown {
  let current: Window | null = start;
  for (let depth = 0; current && depth < MAX_DEPTH; depth += 1) {
    const value = readProperty(current, name);
    if (isApi(value)) return value;
    current = parentOf(current);
  }
  return null;
}

/** The first object named `name` whose `methods` are all functions, or null. */
export function findApi<T>(start: Window, name: 'API' | 'API_1484_11', methods: readonly string[]): T | null {
  const isApi = (value: unknown) =>
    typeof value === 'object' &&
    value !== null &&
    methods.every((method) => {
      try {
        return typeof (value as Record<string, unknown>)[method] === 'function';
      } catch {
        return false;
      }
    });
  const own = searchChain(start, name, isApi);
  if (own) return own as T;
  // The opener of this window, or of the top of its chain (the LMS's window that opened ours).
  let top: Window = start;
  for (let parent = parentOf(top), depth = 0; parent && depth < MAX_DEPTH; parent = parentOf(parent), depth += 1) {
    top = parent;
  }
  for (const candidate of [openerOf(start), openerOf(top)]) {
    if (!candidate) continue;
    const found = searchChain(candidate, name, isApi);
    if (found) return found as T;
  }
  return null;
}
