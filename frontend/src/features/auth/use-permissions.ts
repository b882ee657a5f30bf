import { useMe, type Permission } from '@/features/auth/api/get-me';

/**
 * What the signed-in person may do. Until `/api/me` has answered nothing is allowed, so that actions
 * appear once rather than flash and vanish; the server enforces the same rules on every request.
 */
export function usePermissions() {
  const { data } = useMe();
  const permissions = data?.permissions ?? [];
  return { me: data, can: (permission: Permission) => permissions.includes(permission) };
}
