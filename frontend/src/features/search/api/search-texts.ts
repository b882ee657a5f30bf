import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { components } from '@/types/api';

export type SearchHit = components['schemas']['SearchViews.Hit'];
export type SearchPage = components['schemas']['Page_SearchViews.Hit_'];

export const searchKeys = {
  all: ['search'] as const,
  of: (q: string) => [...searchKeys.all, q] as const,
};

export function searchTexts(q: string): Promise<SearchPage> {
  return api<SearchPage>(`/api/search?q=${encodeURIComponent(q)}&size=50`);
}

/** Runs only for a non-empty query. */
export function useSearchTexts(q: string) {
  return useQuery({ queryKey: searchKeys.of(q), queryFn: () => searchTexts(q), enabled: q !== '', placeholderData: keepPreviousData });
}
