/**
 * The search engine as the browser gets it: fetched and loaded on first use
 * only. This module (with MiniSearch) is its own chunk, imported when the
 * dialog opens; the index JSON is fetched from the URL the build gave it.
 */
import type MiniSearch from 'minisearch';
import { searchIndexUrl } from 'virtual:search-index';
import { loadSearchIndex, searchCourse, type SearchDocument, type SearchHit } from './search-index';

export type SearchEngine = (query: string) => SearchHit[];

let pending: Promise<MiniSearch<SearchDocument>> | null = null;

async function fetchIndex(): Promise<MiniSearch<SearchDocument>> {
  const response = await fetch(searchIndexUrl);
  if (!response.ok) throw new Error(`search: the index answered ${response.status}`);
  return loadSearchIndex(await response.text());
}

/** Loads the index once; a failed download is forgotten so that « Réessayer » fetches again. */
export async function loadSearchEngine(): Promise<SearchEngine> {
  pending ??= fetchIndex().catch((error: unknown) => {
    pending = null;
    throw error;
  });
  const index = await pending;
  return (query) => searchCourse(index, query);
}
