/** Provided by src/build/search/search-index-plugin.ts. */
declare module 'virtual:search-index' {
  /** URL of the search index JSON (a hashed asset in production), fetched only when search is opened. */
  export const searchIndexUrl: string;
}
