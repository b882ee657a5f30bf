import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, toQuery } from '@/lib/api-client';
import { accountKeys } from '@/features/admin/api/keys';
import type { components } from '@/types/api';

export type Account = components['schemas']['AccountView'];
export type AccountPage = components['schemas']['Page_AccountView_'];
export type AccountRequest = components['schemas']['AccountRequest'];

export const ACCOUNT_PAGE_SIZE = 50;

/** `page` is 0-based, as the server counts. */
export function getAccounts(page: number): Promise<AccountPage> {
  return api<AccountPage>(`/api/accounts${toQuery({ page, size: ACCOUNT_PAGE_SIZE, sort: 'username' })}`);
}

export function getAccountsQueryOptions(page: number) {
  return queryOptions({ queryKey: accountKeys.list(page), queryFn: () => getAccounts(page), placeholderData: keepPreviousData });
}

export function useAccounts(page: number) {
  return useQuery(getAccountsQueryOptions(page));
}
