/**
 * Splits a text into plain and matched parts, so the dialog can wrap matched
 * words in <mark> as React elements (never as HTML strings). A word matches
 * when it processes (french.ts) to one of the terms the search engine matched.
 */
import { ELISION, processTerm, WORD } from './french';

export interface Segment {
  text: string;
  match: boolean;
}

/** The elision as written, capitals included (« L’image »). */
const ELIDED = new RegExp(ELISION.source, 'i');

/** Each matched word: where it starts, and how long its elided article is (« l’ » of « l’image »). */
function* matches(
  text: string,
  terms: ReadonlySet<string>,
): Generator<{ start: number; word: string; elision: number }> {
  for (const found of text.matchAll(WORD)) {
    const word = found[0];
    const term = processTerm(word);
    if (term === null || !terms.has(term)) continue;
    yield { start: found.index, word, elision: ELIDED.exec(word)?.[0].length ?? 0 };
  }
}

/** Where the first matched word starts (after its elided article), or -1. */
export function firstMatch(text: string, terms: ReadonlySet<string>): number {
  for (const { start, elision } of matches(text, terms)) return start + elision;
  return -1;
}

export function highlight(text: string, terms: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  const push = (part: string, match: boolean) => {
    if (part === '') return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += part;
    else segments.push({ text: part, match });
  };
  let cursor = 0;
  for (const { start, word, elision } of matches(text, terms)) {
    // « l’image » highlights « image »: the elided article is not what was searched.
    push(text.slice(cursor, start + elision), false);
    push(word.slice(elision), true);
    cursor = start + word.length;
  }
  push(text.slice(cursor), false);
  return segments;
}
