import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { feedbackKeys } from '@/features/feedback/api/keys';
import type { Feedback } from '@/features/feedback/api/get-feedback';

export function markFeedback({ id, version, handled }: { id: number; version: number; handled: boolean }): Promise<Feedback> {
  return api<Feedback>(`/api/feedback/${id}`, { method: 'PUT', json: { version, handled } });
}

export function useMarkFeedback() {
  const queryClient = useQueryClient();
  // The list is refetched before the mutation counts as done, so the notice never sits beside the message it just moved.
  return useMutation({ mutationFn: markFeedback, onSuccess: () => queryClient.invalidateQueries({ queryKey: feedbackKeys.all }) });
}
