import type { AgreementsQuery } from '@/features/agreements/api/get-agreements';

/** Query keys of the agreements feature; mutations invalidate `all` to refresh lists and details. */
export const agreementKeys = {
  all: ['agreements'] as const,
  lists: () => [...agreementKeys.all, 'list'] as const,
  list: (query: AgreementsQuery) => [...agreementKeys.lists(), query] as const,
  detail: (id: number) => [...agreementKeys.all, 'detail', id] as const,
  history: (id: number) => [...agreementKeys.all, 'history', id] as const,
};
