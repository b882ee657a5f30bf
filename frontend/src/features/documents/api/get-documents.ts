import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { documentKeys } from '@/features/documents/api/keys';
import type { components } from '@/types/api';

export type DocumentSummary = components['schemas']['DocumentSummary'];

export function getDocuments(agreementId: number): Promise<DocumentSummary[]> {
  return api<DocumentSummary[]>(`/api/agreements/${agreementId}/documents`);
}

export function getDocumentsQueryOptions(agreementId: number) {
  return queryOptions({ queryKey: documentKeys.ofAgreement(agreementId), queryFn: () => getDocuments(agreementId) });
}

export function useDocuments(agreementId: number) {
  return useQuery(getDocumentsQueryOptions(agreementId));
}
