import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Passages = components['schemas']['SearchViews.Passages'];
export type Passage = components['schemas']['SearchViews.Passage'];
export type SearchedDocument = components['schemas']['SearchViews.DocumentView'];
export type Mark = components['schemas']['Snippet.Mark'];

export const passageKeys = {
  all: ['passages'] as const,
  of: (agreementId: number, criterion: string) => [...passageKeys.all, agreementId, criterion] as const,
};

export function getPassages(agreementId: number, criterion: string): Promise<Passages> {
  return api<Passages>(`/api/agreements/${agreementId}/passages?criterion=${encodeURIComponent(criterion)}`);
}

/** Loaded only while the panel is open: one search per criterion someone actually looks at. */
export function usePassages(agreementId: number, criterion: string, enabled: boolean) {
  return useQuery(queryOptions({ queryKey: passageKeys.of(agreementId, criterion), queryFn: () => getPassages(agreementId, criterion), enabled }));
}
