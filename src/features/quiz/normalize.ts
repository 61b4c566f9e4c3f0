/**
 * Text comparison for typed answers: case-, accent- and whitespace-insensitive, with the
 * typographic apostrophes and quotes folded to their ASCII forms. Idempotent.
 * `matchesAnswer` also forgives the full stop (or other sentence punctuation) a learner puts
 * at the end of an answer.
 */

const apostrophes = /[\u2018\u2019\u201a\u201b\u2032\u02bc\u00b4]/g;
const doubleQuotes = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const combiningMarks = /\p{M}/gu;
// \s covers U+00A0, U+202F and the other Unicode spaces.
const spaces = /\s+/g;

export function normalizeText(input: string): string {
  return input
    .toLowerCase()
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(apostrophes, "'")
    .replace(doubleQuotes, '"')
    .replace(spaces, ' ')
    .trim();
}

/** Sentence punctuation a learner may end an answer with: full stop, ellipsis, ! ? ; : , (and spaces). */
const trailingPunctuation = /[\s.…!?;:,]+$/u;

/** The normalised text without its trailing sentence punctuation. */
export function withoutTrailingPunctuation(normalized: string): string {
  return normalized.replace(trailingPunctuation, '');
}

/**
 * Whether a typed answer is an accepted one: equal once normalised, or equal once the trailing
 * punctuation of both is dropped (so « overlay2. » is « overlay2 », while an accepted answer that
 * is itself punctuation, such as the build context « . », still needs to be typed as it is).
 */
export function matchesAnswer(given: string, accepted: string): boolean {
  const typed = normalizeText(given);
  if (typed === '') return false;
  const expected = normalizeText(accepted);
  if (typed === expected) return true;
  const bare = withoutTrailingPunctuation(typed);
  return bare !== '' && bare === withoutTrailingPunctuation(expected);
}
