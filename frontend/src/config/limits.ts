/** The server's limit for a search term (AgreementFilter.q, SearchController): longer input is refused with 400. */
export const SEARCH_MAX = 200;
