import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { components } from '@/types/api';

export const roles = ['DESK_OFFICER', 'DEVCOOP_REVIEWER', 'LEADERSHIP', 'ADMIN'] as const;
export type Role = (typeof roles)[number];
/** From the API document, so that a permission the server adds is known here too. */
export type Permission = components['schemas']['Permission'];

/** The signed-in person, as `GET /api/me` describes them. */
export type Me = { username: string; displayName: string; roles: Role[]; permissions: Permission[]; language: 'de' | 'en' };

export const meKey = ['me'] as const;

export function getMe(): Promise<Me> {
  return api<Me>('/api/me');
}

export function getMeQueryOptions() {
  // Roles change rarely; a 401 must not be retried, the guard sends the user to the sign-in page.
  return queryOptions({ queryKey: meKey, queryFn: getMe, staleTime: 5 * 60_000, retry: false });
}

export function useMe() {
  return useQuery(getMeQueryOptions());
}
