/** Command lines split into words as a POSIX shell would. */
import type { CommandIssue } from './issues';

type TokenizeResult = { ok: true; tokens: string[] } | { ok: false; error: CommandIssue };

const smartQuotes: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"' };
const operatorChars = new Set(['|', ';', '&', '>', '<']);

/** Splits a command line like a POSIX shell would: quotes, backslash escapes, `\` line continuations. */
export function tokenizeCommandLine(input: string): TokenizeResult {
  const text = input.replace(/[\u2018\u2019\u201c\u201d]/g, (quote) => smartQuotes[quote] ?? quote);
  const tokens: string[] = [];
  let current: string | null = null;
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '\\') {
      const next = text[i + 1];
      if (next === '\n') {
        i += 2;
      } else if (next === '\r' && text[i + 2] === '\n') {
        i += 3;
      } else if (next === undefined) {
        i += 1;
      } else {
        current = (current ?? '') + next;
        i += 2;
      }
      continue;
    }
    if (char === "'") {
      const end = text.indexOf("'", i + 1);
      if (end === -1) return { ok: false, error: { code: 'unterminatedQuote', vars: { quote: "'" } } };
      current = (current ?? '') + text.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (char === '"') {
      let value = '';
      let j = i + 1;
      let closed = false;
      while (j < text.length) {
        const c = text[j] as string;
        if (c === '"') {
          closed = true;
          break;
        }
        if (c === '\\') {
          const next = text[j + 1];
          if (next === '\n') {
            j += 2;
            continue;
          }
          if (next === '"' || next === '\\' || next === '$' || next === '`') {
            value += next;
            j += 2;
            continue;
          }
        }
        value += c;
        j += 1;
      }
      if (!closed) return { ok: false, error: { code: 'unterminatedQuote', vars: { quote: '"' } } };
      current = (current ?? '') + value;
      i = j + 1;
      continue;
    }
    if (/\s/.test(char)) {
      if (current !== null) tokens.push(current);
      current = null;
      i += 1;
      continue;
    }
    if (char === '#' && current === null) break; // a shell comment runs to the end
    if (operatorChars.has(char)) {
      const operator = char === text[i + 1] ? char + char : char;
      return { ok: false, error: { code: 'shellOperator', vars: { operator } } };
    }
    current = (current ?? '') + char;
    i += 1;
  }
  if (current !== null) tokens.push(current);
  return { ok: true, tokens };
}
