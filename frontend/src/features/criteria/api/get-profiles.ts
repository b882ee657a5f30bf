import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Profile = components['schemas']['Catalog.ProfileView'];

export function getProfiles(): Promise<Profile[]> {
  return api<Profile[]>('/api/profiles');
}

export function getProfilesQueryOptions() {
  return queryOptions({ queryKey: ['criteria', 'profiles'], queryFn: getProfiles, staleTime: 10 * 60_000 });
}

export function useProfiles() {
  return useQuery(getProfilesQueryOptions());
}
