import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, toQuery } from '@/lib/api-client';
import { agreementKeys } from '@/features/agreements/api/keys';
import type { AgreementView } from '@/features/agreements/api/get-agreement';

export function restoreAgreement({ id, version }: { id: number; version: number }): Promise<AgreementView> {
  return api<AgreementView>(`/api/agreements/${id}/restore${toQuery({ version })}`, { method: 'POST' });
}

export function useRestoreAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreAgreement,
    onSuccess: (view) => {
      queryClient.setQueryData(agreementKeys.detail(view.id), view);
      void queryClient.invalidateQueries({ queryKey: agreementKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['countries'] });
    },
  });
}
