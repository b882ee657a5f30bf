import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, toQuery } from '@/lib/api-client';
import type { components } from '@/types/api';

export type AuditEntry = components['schemas']['AuditService.Entry'];
export type AuditPage = components['schemas']['Page_AuditService.Entry_'];

export type AuditQuery = {
  entity?: string;
  entityId?: string;
  actor?: string;
  /** ISO date, inclusive; the server reads dates as German days. */
  from?: string;
  to?: string;
  /** 0-based, as the server counts. */
  page: number;
  size: number;
};

export function getAudit(query: AuditQuery): Promise<AuditPage> {
  return api<AuditPage>(`/api/audit${toQuery(query)}`);
}

export function getAuditQueryOptions(query: AuditQuery) {
  return queryOptions({ queryKey: ['audit', query], queryFn: () => getAudit(query), placeholderData: keepPreviousData });
}

export function useAudit(query: AuditQuery) {
  return useQuery(getAuditQueryOptions(query));
}
