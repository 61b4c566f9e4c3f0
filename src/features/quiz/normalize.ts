/**
 * Text comparison for typed answers: case-, accent- and whitespace-insensitive, with the
 * typographic apostrophes and quotes folded to their ASCII forms. Idempotent.
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
