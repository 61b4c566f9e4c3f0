/**
 * Maps a character of a parsed value (a Markdown text node, a YAML scalar) back to
 * its offset in the source, so a problem found inside the value is reported at the
 * exact line and column the author typed it. Parsers drop or rewrite characters
 * (indentation of continuation lines, `>` markers, `\` escapes, `&…;` entities,
 * YAML quotes and folding), so the value is aligned with the source unit by unit.
 */

export interface SourceUnit {
  /** The character this unit stands for once parsed. */
  char: string;
  /** How many source characters it takes. */
  length: number;
}

const namedEntities: Record<string, string> = {
  nbsp: '\u00a0',
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  rsquo: '\u2019',
  laquo: '«',
  raquo: '»',
};

/** Reads one source unit at `offset`: an escape, an entity, or a plain character. */
export function readSourceUnit(source: string, offset: number): SourceUnit {
  const char = source[offset] ?? '';
  if (char === '\\') {
    const unicode = /^\\u([0-9a-fA-F]{4})/.exec(source.slice(offset, offset + 6));
    if (unicode?.[1]) return { char: String.fromCharCode(parseInt(unicode[1], 16)), length: 6 };
    const next = source[offset + 1];
    if (next !== undefined && /[!-/:-@[-`{-~]/.test(next)) return { char: next, length: 2 };
  }
  if (char === '&') {
    const entity = /^&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/.exec(source.slice(offset, offset + 12));
    const name = entity?.[1];
    if (entity && name) {
      let decoded: string | undefined;
      if (name.startsWith('#x')) decoded = String.fromCodePoint(parseInt(name.slice(2), 16));
      else if (name.startsWith('#')) decoded = String.fromCodePoint(parseInt(name.slice(1), 10));
      else decoded = namedEntities[name];
      if (decoded !== undefined) return { char: decoded, length: entity[0].length };
    }
  }
  return { char, length: 1 };
}

const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);

/**
 * Offset in `source` of `value[index]`, where `value` was parsed from `source`
 * starting at `start` (and ending before `end`). Whitespace in the value is not
 * matched (parsers fold and strip it); every other character is matched to the
 * next source unit that stands for it. Falls back to `start` if alignment fails.
 */
export function sourceOffsetOf(
  value: string,
  index: number,
  source: string,
  start: number,
  end = source.length,
): number {
  let cursor = start;
  for (let i = 0; i <= index; i++) {
    const char = value[i];
    if (char === undefined) return start;
    if (isSpace(char) && i < index) continue;
    let found = false;
    while (cursor < end) {
      const unit = readSourceUnit(source, cursor);
      if (unit.char === char) {
        if (i === index) return cursor;
        cursor += unit.length;
        found = true;
        break;
      }
      cursor += unit.length;
    }
    if (!found) return start;
  }
  return start;
}

/** 1-based line and column of an offset, from the offsets where lines start. */
export function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

export function positionAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}
