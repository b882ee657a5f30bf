import type { ReactNode } from 'react';
import type { Permission } from '@/features/auth/api/get-me';
import { usePermissions } from '@/features/auth/use-permissions';

/** Renders its children only for people who hold the permission. */
export function Can({ permission, children, fallback = null }: { permission: Permission; children: ReactNode; fallback?: ReactNode }) {
  const { can } = usePermissions();
  return <>{can(permission) ? children : fallback}</>;
}
