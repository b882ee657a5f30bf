/** The server's limit for a search term (AgreementFilter.q, SearchController): longer input is refused with 400. */
export const SEARCH_MAX = 200;
/** The full-text search counts hits exactly below this; this total means "at least" (SearchController). */
export const SEARCH_COUNTED = 1000;
