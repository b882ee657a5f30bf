import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { documentKeys } from '@/features/documents/api/keys';
import type { components } from '@/types/api';

export type DocumentDetail = components['schemas']['DocumentDetail'];
export type DocumentUnit = components['schemas']['DocumentUnit'];

export function getDocument(docId: number): Promise<DocumentDetail> {
  return api<DocumentDetail>(`/api/documents/${docId}`);
}

export function getDocumentQueryOptions(docId: number) {
  return queryOptions({ queryKey: documentKeys.detail(docId), queryFn: () => getDocument(docId) });
}

export function useDocument(docId: number | undefined) {
  return useQuery({ ...getDocumentQueryOptions(docId ?? 0), enabled: docId !== undefined && docId > 0 });
}
