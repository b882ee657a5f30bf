import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { agreementKeys } from '@/features/agreements/api/keys';
import type { components } from '@/types/api';

export type AuditEntry = components['schemas']['AuditService.Entry'];

export function getAgreementHistory(id: number): Promise<AuditEntry[]> {
  return api<AuditEntry[]>(`/api/agreements/${id}/history`);
}

export function getAgreementHistoryQueryOptions(id: number) {
  return queryOptions({ queryKey: agreementKeys.history(id), queryFn: () => getAgreementHistory(id) });
}

export function useAgreementHistory(id: number) {
  return useQuery(getAgreementHistoryQueryOptions(id));
}
