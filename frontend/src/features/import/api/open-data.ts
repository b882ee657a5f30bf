import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { components } from '@/types/api';
import { openDataKeys } from './keys';

export type Release = Required<components['schemas']['OpenDataRelease']>;
type ReleasePage = { content: Release[]; totalSize: number; totalPages: number; pageNumber: number };

export function getReleases(page: number): Promise<ReleasePage> {
  return api<ReleasePage>(`/api/open-data/releases?page=${page}&size=20`);
}

export function getReleasesQueryOptions(page: number) {
  return queryOptions({ queryKey: openDataKeys.list(page), queryFn: () => getReleases(page), placeholderData: keepPreviousData });
}

export function useReleases(page: number) {
  return useQuery(getReleasesQueryOptions(page));
}

export function usePublishRelease() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<Release>('/api/open-data/releases', { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: openDataKeys.all }),
  });
}
