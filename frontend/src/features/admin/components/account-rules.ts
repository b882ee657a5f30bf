import type { Account, AccountRequest } from '@/features/admin/api/get-accounts';

export const ROLES = ['DESK_OFFICER', 'DEVCOOP_REVIEWER', 'LEADERSHIP', 'ADMIN'] as const;

/** The whole PUT body for a change of an existing account, based on the version the person saw. */
export function changeRequest(account: Account, change: Partial<Pick<AccountRequest, 'displayName' | 'roles' | 'enabled' | 'password' | 'email' | 'desk' | 'language'>>): AccountRequest {
  return {
    version: account.version,
    username: account.username,
    displayName: change.displayName ?? account.displayName,
    // Absent keeps the server's value; only a change is sent ('' clears).
    ...(change.email !== undefined && change.email !== (account.email ?? '') ? { email: change.email } : {}),
    ...(change.desk !== undefined && change.desk !== (account.desk ?? '') ? { desk: change.desk } : {}),
    ...(change.language !== undefined && change.language !== account.language ? { language: change.language } : {}),
    roles: change.roles ?? account.roles,
    enabled: change.enabled ?? account.enabled,
    ...(change.password !== undefined ? { password: change.password } : {}),
  };
}

export function removedRoles(before: readonly string[], after: readonly string[]): string[] {
  return before.filter((r) => !after.includes(r));
}

/**
 * Whether a change would leave no enabled administrator, as the server refuses it. Known only when every
 * account is on the page; otherwise undefined and the server decides.
 */
export function leavesNoAdmin(accounts: Account[], complete: boolean, id: number, next: { roles: string[]; enabled: boolean }): boolean | undefined {
  const target = accounts.find((a) => a.id === id);
  if (!target || !(target.enabled && target.roles.includes('ADMIN'))) return false;
  if (next.enabled && next.roles.includes('ADMIN')) return false;
  if (!complete) return undefined;
  return !accounts.some((a) => a.id !== id && a.enabled && a.roles.includes('ADMIN'));
}
