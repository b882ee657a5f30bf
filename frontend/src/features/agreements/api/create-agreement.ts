import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { agreementKeys } from '@/features/agreements/api/keys';
import type { AgreementView } from '@/features/agreements/api/get-agreement';
import type { components } from '@/types/api';

export type AgreementRequest = components['schemas']['AgreementRequest'];

export function createAgreement(request: AgreementRequest): Promise<AgreementView> {
  return api<AgreementView>('/api/agreements', { method: 'POST', json: request });
}

export function useCreateAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAgreement,
    onSuccess: (view) => {
      queryClient.setQueryData(agreementKeys.detail(view.id), view);
      void queryClient.invalidateQueries({ queryKey: agreementKeys.lists() });
      // Instrument counts per country change too.
      void queryClient.invalidateQueries({ queryKey: ['countries'] });
    },
  });
}
