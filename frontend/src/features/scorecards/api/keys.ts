import type { RankingQuery } from '@/features/scorecards/api/get-ranking';

/** Query keys of the scorecards feature; a new rating invalidates `all`. */
export const scorecardKeys = {
  all: ['scorecards'] as const,
  ranking: (query: RankingQuery) => [...scorecardKeys.all, 'ranking', query] as const,
  country: (iso2: string, profile: string | undefined, includeDrafts = false) => [...scorecardKeys.all, 'country', iso2, profile ?? null, includeDrafts] as const,
  countryHistory: (iso2: string, profile: string | undefined) => [...scorecardKeys.all, 'country-history', iso2, profile ?? null] as const,
};
