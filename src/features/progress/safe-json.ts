/**
 * JSON.parse for text we did not write ourselves (localStorage, imported files).
 * It refuses keys that could reach an object's prototype (`__proto__`, `constructor`,
 * `prototype`) anywhere in the document, and tells a truncated document from one
 * that was never JSON. It never throws.
 */
import { FORBIDDEN_KEYS } from './progress-schema';

export type SafeJsonResult =
  { ok: true; value: unknown } | { ok: false; reason: 'empty' | 'syntax' | 'truncated' | 'hostile' };

class ForbiddenKeyError extends Error {
  constructor(key: string) {
    super(`progress: forbidden key "${key}" in JSON`);
  }
}

function refusePrototypeKeys(key: string, value: unknown): unknown {
  if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
  return value;
}

/**
 * True when the text reads as the start of a JSON object or array that stops too soon:
 * brackets left open, or a string left open, at the end.
 */
export function looksTruncated(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const char of trimmed) {
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') depth -= 1;
  }
  return inString || depth > 0;
}

export function parseJsonSafely(text: string): SafeJsonResult {
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  try {
    return { ok: true, value: JSON.parse(text, refusePrototypeKeys) as unknown };
  } catch (error) {
    if (error instanceof ForbiddenKeyError) return { ok: false, reason: 'hostile' };
    return { ok: false, reason: looksTruncated(text) ? 'truncated' : 'syntax' };
  }
}
