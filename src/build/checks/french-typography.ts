/**
 * French typography rules for learner-facing text, as pure functions over a string:
 * a non-breaking space (U+00A0, or the narrow U+202F) before `:` `;` `?` `!` and
 * inside « guillemets », and the typographic apostrophe ’ between letters.
 * Code is never checked: callers pass prose only, and `maskCodeSpans` hides
 * `inline code` in quiz strings.
 */

export interface TypographyIssue {
  /** Index in the text of the character the problem is about. */
  index: number;
  message: string;
}

/** Half-open [start, end) ranges of the text that must not be checked. */
export type Mask = readonly (readonly [number, number])[];

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';
const HIGH_PUNCTUATION = ':;?!';

const isNonBreaking = (char: string | undefined) => char === NBSP || char === NARROW_NBSP;
const isPlainSpace = (char: string | undefined) => char !== undefined && /[ \t\n\r]/.test(char);
const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);
const isDigit = (char: string | undefined) => char !== undefined && /[0-9]/.test(char);

/** Ranges of `inline code` (backtick spans) in a quiz string. */
export function maskCodeSpans(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const pattern = /(`+)[\s\S]*?\1/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

function isMasked(mask: Mask, index: number): boolean {
  return mask.some(([start, end]) => index >= start && index < end);
}

/** A `:` that is not punctuation: `://`, `::`, or a time or a ratio (10:30). */
function isColonInToken(text: string, index: number): boolean {
  const previous = text[index - 1];
  const next = text[index + 1];
  return text.startsWith('//', index + 1) || next === ':' || previous === ':' || (isDigit(previous) && isDigit(next));
}

/**
 * A sign glued on both sides belongs to a token, not to the sentence (`nginx:latest`,
 * `sha256:…`, a cloze `[[php]]:[[9000]]`): it goes in backticks but is not a
 * typography mistake. Punctuation closing a phrase (`)`, `»`, `.`) does not count.
 */
function isAttachedAfter(text: string, index: number, mask: Mask): boolean {
  const next = text[index + 1];
  if (next === undefined) return false;
  if (isMasked(mask, index + 1)) return true;
  return !/[\s)\]}»"”’,.;:!?]/.test(next);
}

export interface TypographyOptions {
  /** Ranges not to check (inline code, cloze blanks). */
  mask?: Mask;
  /**
   * The text directly follows other inline content (`code`, a component), so a
   * sign at index 0 is glued to it: « `docker ps`: » misses its space.
   */
  gluedStart?: boolean;
}

export function findTypographyIssues(text: string, options: TypographyOptions = {}): TypographyIssue[] {
  const mask = options.mask ?? [];
  const issues: TypographyIssue[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === undefined || isMasked(mask, index)) continue;
    const previous = index > 0 && !isMasked(mask, index - 1) ? text[index - 1] : undefined;
    const next = isMasked(mask, index + 1) ? undefined : text[index + 1];
    if (HIGH_PUNCTUATION.includes(char)) {
      if (char === ':' && isColonInToken(text, index)) continue;
      const before = text[index - 1];
      // Only the first of a run (`?!`, `!!`) needs the space.
      if (isNonBreaking(before) || (before !== undefined && HIGH_PUNCTUATION.includes(before))) continue;
      if (isPlainSpace(before) && !isMasked(mask, index - 1)) {
        issues.push({
          index,
          message: `Espace ordinaire avant « ${char} » : remplacez-la par une espace insécable (U+00A0 ou U+202F).`,
        });
        continue;
      }
      // Glued to a word, to `code` or to a component before it.
      const glued = index > 0 || options.gluedStart === true;
      if (glued && !isAttachedAfter(text, index, mask)) {
        issues.push({
          index,
          message: `Il manque une espace insécable avant « ${char} » : ajoutez-en une (U+00A0 ou U+202F) entre le mot et le signe.`,
        });
      }
    } else if (char === '«' && isPlainSpace(next)) {
      issues.push({
        index,
        message:
          'Espace ordinaire après le guillemet ouvrant « : remplacez-la par une espace insécable (U+00A0 ou U+202F).',
      });
    } else if (char === '»' && isPlainSpace(previous)) {
      issues.push({
        index,
        message:
          'Espace ordinaire avant le guillemet fermant » : remplacez-la par une espace insécable (U+00A0 ou U+202F).',
      });
    } else if (char === "'" && isLetter(previous) && isLetter(next)) {
      issues.push({
        index,
        message: 'Apostrophe droite entre deux lettres : remplacez-la par l’apostrophe typographique ’ (U+2019).',
      });
    }
  }
  return issues;
}

/**
 * Applies the rules to plain text the checker would otherwise reject (a title typed
 * on the command line): non-breaking spaces before `:` `;` `?` `!` and inside
 * guillemets, typographic apostrophes between letters.
 */
export function fixTypography(text: string): string {
  let fixed = text;
  // Each fix can reveal the next (`a :` then `: «`), so repeat until the text is clean.
  for (let pass = 0; pass < 10; pass++) {
    const issues = findTypographyIssues(fixed);
    if (issues.length === 0) break;
    for (const { index } of [...issues].reverse()) {
      const char = fixed[index];
      if (char === "'") fixed = `${fixed.slice(0, index)}’${fixed.slice(index + 1)}`;
      else if (char === '«') fixed = `${fixed.slice(0, index + 1)}${NBSP}${fixed.slice(index + 2)}`;
      else if (isPlainSpace(fixed[index - 1])) fixed = `${fixed.slice(0, index - 1)}${NBSP}${fixed.slice(index)}`;
      else fixed = `${fixed.slice(0, index)}${NBSP}${fixed.slice(index)}`;
    }
  }
  return fixed;
}
