/**
 * The course's search index: one document per lesson intro, per `##`/`###`
 * section and per glossary entry, indexed with the French processing of
 * `french.ts`. The build creates and serialises it (src/build/search/search-index-plugin.ts);
 * the browser loads it when search is first opened and queries it here.
 * Pure: data in, data out; no React, no fetch.
 */
import MiniSearch, { type AsPlainObject, type Options, type SearchOptions } from 'minisearch';
import { processTerm, tokenize } from './french';
import { firstMatch, highlight, type Segment } from './highlight';

export type SearchDocumentKind = 'lesson' | 'section' | 'glossary';

export interface SearchDocument {
  /** `lesson-id` for an intro, `lesson-id#slug` for a section, `glossary:term-id` for a term. */
  id: string;
  kind: SearchDocumentKind;
  /** The lesson's title, or the glossary term. */
  title: string;
  /** The section's heading; empty for a lesson intro and a glossary entry. */
  heading: string;
  /** Plain text of the section (or intro, or definition). */
  text: string;
  /**
   * The section's code (inline code and code blocks), indexed again on its own so that a code word
   * (`EXPOSE`, `CMD`, `-p`) found as code ranks above prose that merely contains the same letters.
   * Indexed, not stored.
   */
  code?: string;
  /** Where the result leads, inside the app (no base path): `/module/lesson#slug`, `/glossaire#term`. */
  path: string;
  /** The module's title for lesson documents; empty for the glossary. */
  module: string;
}

/** The serialised index as the build emits it. `version` changes when the options below change. */
interface SerialisedSearchIndex {
  version: number;
  index: unknown;
}

const SEARCH_INDEX_VERSION = 2;

const storeFields: (keyof SearchDocument)[] = ['kind', 'title', 'heading', 'text', 'path', 'module'];

/** Headings and titles weigh more than body text: a hit in a heading is what the learner was looking for. */
const defaultSearchOptions: SearchOptions = {
  boost: { heading: 3, title: 2, code: 2, text: 1 },
  prefix: true,
  // One typo in a word of 4 or 5 letters, two from 10 letters; none in short words.
  fuzzy: (term) => (term.length > 3 ? 0.2 : false),
  maxFuzzy: 2,
  // A lesson's intro ranks above its sections when they match equally: it leads to the top of the lesson.
  boostDocument: (_id, _term, stored) => (stored?.kind === 'lesson' ? 1.2 : 1),
};

/** The same options at build time and in the browser, or the loaded index would not understand queries. */
const searchIndexOptions: Options<SearchDocument> = {
  fields: ['title', 'heading', 'text', 'code'],
  storeFields,
  tokenize: (text) => tokenize(text),
  processTerm: (term) => processTerm(term),
  searchOptions: defaultSearchOptions,
};

export function createSearchIndex(documents: readonly SearchDocument[]): MiniSearch<SearchDocument> {
  // A course says the same words again and again: each is processed once (processTerm is pure).
  const terms = new Map<string, string | null>();
  const index = new MiniSearch<SearchDocument>({
    ...searchIndexOptions,
    processTerm: (word) => {
      let term = terms.get(word);
      if (term === undefined) {
        term = processTerm(word);
        terms.set(word, term);
      }
      return term;
    },
  });
  index.addAll(documents);
  return index;
}

export function serialiseSearchIndex(index: MiniSearch<SearchDocument>): string {
  const payload: SerialisedSearchIndex = { version: SEARCH_INDEX_VERSION, index };
  return JSON.stringify(payload);
}

/** Reads what the build emitted; throws on a payload made by another version of the app. */
export function loadSearchIndex(json: string): MiniSearch<SearchDocument> {
  const payload = JSON.parse(json) as Partial<SerialisedSearchIndex> | null;
  if (
    !payload ||
    payload.version !== SEARCH_INDEX_VERSION ||
    typeof payload.index !== 'object' ||
    payload.index === null
  ) {
    throw new Error('search: the index was built by another version of the app');
  }
  // Already parsed with the envelope: loaded as an object, not turned back into text to parse again.
  return MiniSearch.loadJS<SearchDocument>(payload.index as AsPlainObject, searchIndexOptions);
}

export interface SearchHit {
  id: string;
  kind: SearchDocumentKind;
  path: string;
  module: string;
  title: Segment[];
  heading: Segment[];
  /** A short extract of the text around the first matched word. */
  excerpt: Segment[];
}

function readStored(result: Record<string, unknown>, field: keyof SearchDocument): string {
  const value = result[field];
  return typeof value === 'string' ? value : '';
}

const EXCERPT_LENGTH = 160;

/** About `length` characters of `text` around the first matched word, cut at word boundaries, with ellipses. */
export function makeExcerpt(text: string, terms: ReadonlySet<string>, length = EXCERPT_LENGTH): Segment[] {
  if (text.length <= length) return highlight(text, terms);
  const first = firstMatch(text, terms);
  let start = Math.max(0, (first === -1 ? 0 : first) - Math.floor(length / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space > start + 20 ? start : space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start ? space : end;
  }
  const cut = highlight(text.slice(start, end), terms);
  return [
    ...(start > 0 ? [{ text: '… ', match: false }] : []),
    ...cut,
    ...(end < text.length ? [{ text: ' …', match: false }] : []),
  ];
}

/**
 * Searches the course. All words must match (each as a prefix, with typos
 * tolerated); when no document has them all, any word may match instead.
 */
export function searchCourse(index: MiniSearch<SearchDocument>, query: string, limit = 20): SearchHit[] {
  if (query.trim() === '') return [];
  let results = index.search(query, { combineWith: 'AND' });
  if (results.length === 0) results = index.search(query, { combineWith: 'OR' });
  return results.slice(0, limit).map((result) => {
    const terms = new Set(result.terms);
    return {
      id: String(result.id),
      kind: readStored(result, 'kind') as SearchDocumentKind,
      path: readStored(result, 'path'),
      module: readStored(result, 'module'),
      title: highlight(readStored(result, 'title'), terms),
      heading: highlight(readStored(result, 'heading'), terms),
      excerpt: makeExcerpt(readStored(result, 'text'), terms),
    };
  });
}
