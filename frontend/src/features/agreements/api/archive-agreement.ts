import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, toQuery } from '@/lib/api-client';
import { agreementKeys } from '@/features/agreements/api/keys';

export function archiveAgreement({ id, version }: { id: number; version: number }): Promise<void> {
  return api<void>(`/api/agreements/${id}${toQuery({ version })}`, { method: 'DELETE' });
}

export function useArchiveAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: archiveAgreement,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: agreementKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['countries'] });
    },
  });
}
