import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, toQuery } from '@/lib/api-client';
import { scorecardKeys } from '@/features/scorecards/api/keys';
import type { RankingEntry } from '@/features/scorecards/api/types';

/** `includeDrafts` also counts ratings not yet approved; by default only approved ones count. */
export type RankingQuery = { region?: string; type?: string; profile?: string; includeDrafts?: boolean };

/** Countries with instruments, ranked by score; unscored ones last with rank 0. Unpaged (one row per country). */
export function getRanking(query: RankingQuery): Promise<RankingEntry[]> {
  return api<RankingEntry[]>(`/api/scorecards${toQuery({ ...query, includeDrafts: query.includeDrafts ? 'true' : undefined })}`);
}

export function getRankingQueryOptions(query: RankingQuery) {
  return queryOptions({ queryKey: scorecardKeys.ranking(query), queryFn: () => getRanking(query), placeholderData: keepPreviousData });
}

export function useRanking(query: RankingQuery) {
  return useQuery(getRankingQueryOptions(query));
}
