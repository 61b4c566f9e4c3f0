/**
 * From a JSON pointer (what the schema validator reports) back to the YAML text: the key and the value nodes
 * at that path, and their ranges as 1-based lines and columns.
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';

export interface Located {
  /** The key of the deepest pair found on the path, if the path ends in a mapping's entry. */
  key: Node | null;
  /** The deepest node found on the path (the value itself when the whole path exists). */
  value: Node | null;
  /** Whether the whole path was found; otherwise `value` is its nearest existing ancestor. */
  complete: boolean;
}

export interface TextRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function keyText(pair: Pair): string {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return String(key);
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function locate(document: Document, segments: readonly string[]): Located {
  let value: Node | null = document.contents ?? null;
  let key: Node | null = null;
  for (const segment of segments) {
    if (isMap(value)) {
      const pair = value.items.find((item) => keyText(item) === segment);
      if (!pair) return { key, value, complete: false };
      key = (pair.key as Node | null) ?? null;
      value = (pair.value as Node | null) ?? key;
    } else if (isSeq(value)) {
      const item = value.items[Number(segment)] as Node | undefined;
      if (!item || !/^\d+$/.test(segment)) return { key, value, complete: false };
      key = null;
      value = item;
    } else {
      return { key, value, complete: false };
    }
  }
  return { key, value, complete: true };
}

export function rangeOf(node: Node | null, lineCounter: LineCounter, fallback: TextRange): TextRange {
  const range = node?.range;
  if (!range) return fallback;
  const start = lineCounter.linePos(range[0]);
  // A block mapping or sequence runs to the end of its last line; the reader wants its first line.
  const nextLine = lineCounter.lineStarts[start.line] ?? range[1] + 1;
  const endOffset =
    isMap(node) || isSeq(node)
      ? Math.max(range[0] + 1, Math.min(range[1], nextLine - 1))
      : Math.max(range[1], range[0] + 1);
  const end = lineCounter.linePos(endOffset);
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}
