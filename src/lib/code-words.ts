/**
 * Inline code breaks across lines only at its spaces: a word holding a hyphen (`--no-stream`,
 * `-p`, `docker-compose.yml`) is kept whole, since browsers otherwise break after its hyphens.
 * Words too long for a phone's line are left free to wrap.
 */

/** Longer hyphenated words may still wrap (a 390 px screen holds about 40 code characters). */
export const KEEP_WHOLE_MAX = 32;

export interface CodeWord {
  text: string;
  /** Render without a line break inside. */
  keepWhole: boolean;
}

export function splitCodeWords(code: string): CodeWord[] {
  return code
    .split(/(\s+)/u)
    .filter((part) => part !== '')
    .map((part) => ({
      text: part,
      keepWhole: part.includes('-') && !/\s/u.test(part) && part.length <= KEEP_WHOLE_MAX,
    }));
}
