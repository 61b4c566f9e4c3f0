/**
 * French-aware text processing for search, shared by the index built at build
 * time and the queries typed in the browser: both sides must turn « Les
 * conteneurs » and « conteneur » into the same terms, or nothing matches.
 * Pure functions, no dependencies.
 */

/** Elided articles and pronouns glued to the next word: l’image, d’un, qu’il, jusqu’à (on folded words). */
export const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/;

/**
 * Words too common to tell sections apart. Compared after folding, before stemming.
 * Kept short: a word a learner might search for on purpose (« plus », « tout ») stays.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  `
    a au aux avec c ce ces cet cette d dans de des du elle elles en est et il ils j je l la le les leur
    leurs lui m ma mais me mes n ne nos notre nous on ont ou par pas pour qu que qui s sa se ses son
    sont sur t ta te tes ton tu un une vos votre vous y
  `
    .trim()
    .split(/\s+/),
);

/** Lowercase, accents and ligatures folded, typographic apostrophe made plain: « Élément’s » → « element's ». */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/’/g, "'");
}

/** What a word is made of, for the index and for highlighting: letters, digits, apostrophes. */
export const WORD = /[\p{L}\p{N}'’]+/gu;
const NOT_WORD = /[^\p{L}\p{N}'’]+/u;

/**
 * Splits text into words, as they appear (not folded): letters and digits,
 * apostrophes kept inside a word so the elision can be stripped later.
 * Hyphens, dots and slashes separate words (« docker-compose.yaml » → three words).
 */
export function tokenize(text: string): string[] {
  return text.split(NOT_WORD).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/**
 * A light French stemmer: plural and feminine endings and the infinitive -er,
 * so « conteneurs », « virtuelle » or « isolées » meet « conteneur », « virtuel »
 * and « isolé ». It only removes endings, so a stemmed prefix still matches as
 * a prefix. Applied to folded words; words with digits (« overlay2 ») are kept.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('eaux')) w = w.slice(0, -1);
  else if (w.endsWith('aux') && w.length > 4) w = `${w.slice(0, -3)}al`;
  else if (/[eo]ux$/.test(w)) w = w.slice(0, -1);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);

  if (w.length <= 3) return w;
  if (w.endsWith('elle') || w.endsWith('enne')) w = w.slice(0, -2);
  if (w.endsWith('er') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ee') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** One word as the index stores it, or null for a word not worth indexing. */
export function processTerm(word: string): string | null {
  const folded = foldText(word).replace(ELISION, '').replace(/'/g, '');
  if (folded === '' || STOP_WORDS.has(folded)) return null;
  return stem(folded);
}

/** The terms of a whole text, in order: what a query or a field becomes. */
export function analyse(text: string): string[] {
  return tokenize(text)
    .map(processTerm)
    .filter((term): term is string => term !== null);
}
