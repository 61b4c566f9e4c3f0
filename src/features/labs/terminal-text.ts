/**
 * What the terminal shows is text, never markup nor terminal control: escape sequences and
 * control characters (but newlines and tabs) are removed before anything is displayed or run.
 */
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const ESCAPES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
// eslint-disable-next-line no-control-regex -- idem
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g;

/** Output text as it can be shown: no escape sequences, no control characters, tabs kept. */
export function cleanOutput(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(ESCAPES, '').replace(CONTROLS, '');
}

/** A typed line as it can be run: one line, no control characters, tabs as spaces. */
export function cleanInput(line: string): string {
  return line
    .replace(/[\r\n\t]/g, ' ')
    .replace(ESCAPES, '')
    .replace(CONTROLS, '');
}

/** The longest prefix shared by every candidate. */
export function commonPrefix(candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  let prefix = candidates[0] ?? '';
  for (const candidate of candidates) {
    while (!candidate.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}
