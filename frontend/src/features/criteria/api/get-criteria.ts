import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Catalog } from '@/utils/catalog';

export function getCriteria(): Promise<Catalog> {
  return api<Catalog>('/api/criteria');
}

export function getCriteriaQueryOptions() {
  // A published catalogue never changes; a new one is published rarely.
  return queryOptions({ queryKey: ['criteria', 'current'], queryFn: getCriteria, staleTime: 10 * 60_000 });
}

export function useCriteria() {
  return useQuery(getCriteriaQueryOptions());
}
