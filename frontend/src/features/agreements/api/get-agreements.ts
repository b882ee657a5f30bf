import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, toQuery } from '@/lib/api-client';
import { agreementKeys } from '@/features/agreements/api/keys';
import type { components } from '@/types/api';

export type AgreementPage = components['schemas']['Page_AgreementListItem_'];
export type AgreementListItem = components['schemas']['AgreementListItem'];

export type AgreementsQuery = {
  country?: string;
  type?: string;
  status?: string;
  component?: string;
  q?: string;
  archived?: boolean;
  /** 0-based, as the API counts. */
  page: number;
  size: number;
  sort?: string;
};

export function getAgreements(query: AgreementsQuery): Promise<AgreementPage> {
  return api<AgreementPage>(`/api/agreements${toQuery({ ...query, archived: query.archived ? 'true' : undefined })}`);
}

export function getAgreementsQueryOptions(query: AgreementsQuery) {
  return queryOptions({
    queryKey: agreementKeys.list(query),
    queryFn: () => getAgreements(query),
    placeholderData: keepPreviousData,
  });
}

export function useAgreements(query: AgreementsQuery) {
  return useQuery(getAgreementsQueryOptions(query));
}
