import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { accountKeys } from '@/features/admin/api/keys';
import type { Account, AccountRequest } from '@/features/admin/api/get-accounts';

export function createAccount(request: AccountRequest): Promise<Account> {
  return api<Account>('/api/accounts', { method: 'POST', json: request });
}

/** Every change of an existing account (details, roles, enabled, new password) is one PUT with the version it is based on. */
export function updateAccount({ id, request }: { id: number; request: AccountRequest }): Promise<Account> {
  return api<Account>(`/api/accounts/${id}`, { method: 'PUT', json: request });
}

/** Lifts a sign-in lock; the password and the account's version stay as they are. */
export function unlockAccount(id: number): Promise<void> {
  return api<void>(`/api/accounts/${id}/lock`, { method: 'DELETE' });
}

function useAccountMutation<A, R>(mutationFn: (arg: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => {
    // Not awaited: the caller's own onSuccess must run before the refetch re-keys (and so remounts) its form.
    void queryClient.invalidateQueries({ queryKey: accountKeys.all });
  } });
}

export const useCreateAccount = () => useAccountMutation(createAccount);
export const useUpdateAccount = () => useAccountMutation(updateAccount);
export const useUnlockAccount = () => useAccountMutation(unlockAccount);
