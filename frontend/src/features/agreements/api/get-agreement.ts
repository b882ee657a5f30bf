import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { agreementKeys } from '@/features/agreements/api/keys';
import type { components } from '@/types/api';

export type AgreementView = components['schemas']['AgreementView'];

export function getAgreement(id: number): Promise<AgreementView> {
  return api<AgreementView>(`/api/agreements/${id}`);
}

export function getAgreementQueryOptions(id: number) {
  return queryOptions({ queryKey: agreementKeys.detail(id), queryFn: () => getAgreement(id) });
}

/** A URL such as `/agreements/abc` gives NaN: no request then, the page shows "not found". */
export function useAgreement(id: number) {
  return useQuery({ ...getAgreementQueryOptions(id), enabled: Number.isInteger(id) && id > 0 });
}
