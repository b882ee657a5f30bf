import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, toQuery } from '@/lib/api-client';
import { scorecardKeys } from '@/features/scorecards/api/keys';
import type { HistoryPoint } from '@/features/scorecards/api/types';

export function getScorecardHistory(iso2: string, profile?: string): Promise<HistoryPoint[]> {
  return api<HistoryPoint[]>(`/api/countries/${encodeURIComponent(iso2)}/scorecard/history${toQuery({ profile })}`);
}

export function getScorecardHistoryQueryOptions(iso2: string, profile?: string) {
  return queryOptions({ queryKey: scorecardKeys.countryHistory(iso2, profile), queryFn: () => getScorecardHistory(iso2, profile) });
}

export function useScorecardHistory(iso2: string, profile?: string) {
  return useQuery(getScorecardHistoryQueryOptions(iso2, profile));
}
