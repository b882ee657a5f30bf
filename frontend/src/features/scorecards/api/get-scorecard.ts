import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { api, toQuery } from '@/lib/api-client';
import { scorecardKeys } from '@/features/scorecards/api/keys';
import type { CountryScorecard } from '@/features/scorecards/api/types';

/** Approved ratings only unless `includeDrafts`; the response's `includesDrafts` says which it is. */
export function getScorecard(iso2: string, profile?: string, includeDrafts = false): Promise<CountryScorecard> {
  return api<CountryScorecard>(`/api/countries/${encodeURIComponent(iso2)}/scorecard${toQuery({ profile, includeDrafts: includeDrafts ? 'true' : undefined })}`);
}

export function getScorecardQueryOptions(iso2: string, profile?: string, includeDrafts = false) {
  return queryOptions({ queryKey: scorecardKeys.country(iso2, profile, includeDrafts), queryFn: () => getScorecard(iso2, profile, includeDrafts) });
}

export function useScorecard(iso2: string, profile?: string, includeDrafts = false) {
  return useQuery(getScorecardQueryOptions(iso2, profile, includeDrafts));
}

/** Several countries' scorecards side by side, for the comparison. */
export function useScorecards(iso2s: string[], profile?: string) {
  return useQueries({ queries: iso2s.map((iso2) => getScorecardQueryOptions(iso2, profile)) });
}
