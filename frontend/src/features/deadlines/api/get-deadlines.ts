import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { deadlineKeys } from '@/features/deadlines/api/keys';
import type { components } from '@/types/api';

export type DeadlineList = components['schemas']['DeadlineController.DeadlineList'];
export type Deadline = components['schemas']['Deadline'];
export type DeadlineKind = components['schemas']['DeadlineKind'];
export type DeadlineQuery = { desk?: string; country?: string; from?: string; to?: string };

export function getDeadlines(query: DeadlineQuery): Promise<DeadlineList> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return api<DeadlineList>(`/api/deadlines${search ? `?${search}` : ''}`);
}

export function getDeadlinesQueryOptions(query: DeadlineQuery) {
  return queryOptions({ queryKey: deadlineKeys.list(query), queryFn: () => getDeadlines(query), placeholderData: keepPreviousData });
}

export function useDeadlines(query: DeadlineQuery) {
  return useQuery(getDeadlinesQueryOptions(query));
}
