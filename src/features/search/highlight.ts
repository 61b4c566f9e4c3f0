/**
 * Splits a text into plain and matched parts, so the dialog can wrap matched
 * words in <mark> as React elements (never as HTML strings). A word matches
 * when it processes (french.ts) to one of the terms the search engine matched.
 */
import { processTerm } from './french.ts';

export interface Segment {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}'’]+/gu;
const ELIDED = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/i;

export function highlight(text: string, terms: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  const push = (part: string, match: boolean) => {
    if (part === '') return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += part;
    else segments.push({ text: part, match });
  };
  let cursor = 0;
  for (const found of text.matchAll(WORD)) {
    const word = found[0];
    const start = found.index;
    const term = processTerm(word);
    if (term === null || !terms.has(term)) continue;
    // « l’image » highlights « image »: the elided article is not what was searched.
    const elision = ELIDED.exec(word)?.[0].length ?? 0;
    push(text.slice(cursor, start + elision), false);
    push(word.slice(elision), true);
    cursor = start + word.length;
  }
  push(text.slice(cursor), false);
  return segments;
}
