import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { agreementKeys } from '@/features/agreements/api/keys';
import type { AgreementView } from '@/features/agreements/api/get-agreement';
import type { AgreementRequest } from '@/features/agreements/api/create-agreement';

export function updateAgreement({ id, request }: { id: number; request: AgreementRequest }): Promise<AgreementView> {
  return api<AgreementView>(`/api/agreements/${id}`, { method: 'PUT', json: request });
}

export function useUpdateAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAgreement,
    onSuccess: (view) => {
      queryClient.setQueryData(agreementKeys.detail(view.id), view);
      void queryClient.invalidateQueries({ queryKey: agreementKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['countries'] });
    },
  });
}
