import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { deadlineKeys } from '@/features/deadlines/api/keys';
import type { components } from '@/types/api';

export type CalendarLink = components['schemas']['CalendarService.Link'];

/** Makes the feed on the first call; the URL comes only then (the server keeps a hash of it, not the URL). */
export function getCalendarFeed(): Promise<CalendarLink> {
  return api<CalendarLink>('/api/me/calendar');
}

export function useCalendarFeed({ enabled }: { enabled: boolean }) {
  // Never refetched by itself: a second answer no longer carries the URL, which must stay on screen.
  return useQuery({ queryKey: deadlineKeys.calendar, queryFn: getCalendarFeed, enabled, staleTime: Infinity, gcTime: Infinity });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/api/me/calendar', { method: 'DELETE' }),
    onSuccess: () => queryClient.removeQueries({ queryKey: deadlineKeys.calendar }),
  });
}
