/**
 * Finds the string scalars at some paths of a YAML text (`['modules', '*', 'title']`)
 * with their offsets, so a check can report a character inside one of them at
 * its exact line and column.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { LocatedString } from './quiz-yaml';

export interface YamlStrings {
  strings: LocatedString[];
  positionOf: (offset: number) => { line: number; column: number };
}

function collect(node: unknown, pattern: readonly string[], field: string, into: LocatedString[]): void {
  const [head, ...rest] = pattern;
  if (head === undefined) {
    if (isScalar(node) && typeof node.value === 'string' && node.range) {
      into.push({ field, value: node.value, start: node.range[0], end: node.range[1], mask: [] });
    }
    return;
  }
  if (head === '*' && isSeq(node)) {
    node.items.forEach((item, index) => collect(item, rest, `${field}[${index}]`, into));
  } else if (isMap(node)) {
    const child: unknown = node.get(head, true);
    if (child !== undefined) collect(child, rest, field ? `${field}.${head}` : head, into);
  }
}

/** Strings at each pattern; an invalid YAML text yields none (its own check reports it). */
export function locateYamlStrings(source: string, patterns: readonly (readonly string[])[]): YamlStrings {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const strings: LocatedString[] = [];
  if (doc.errors.length === 0) {
    for (const pattern of patterns) collect(doc.contents, pattern, '', strings);
  }
  return {
    strings: strings.sort((a, b) => a.start - b.start),
    positionOf: (offset) => {
      const place = lineCounter.linePos(offset);
      return { line: place.line, column: place.col };
    },
  };
}
