import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function logout(): Promise<void> {
  return api<void>('/logout', { method: 'POST' });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Nothing fetched for the previous person may be shown to the next one.
    onSuccess: () => queryClient.removeQueries(),
  });
}
