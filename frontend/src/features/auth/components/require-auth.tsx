import { useEffect, useRef, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useMe } from '@/features/auth/api/get-me';
import { loginPath } from '@/features/auth/next-path';
import { ApiError } from '@/lib/api-client';

const isUnauthorised = (error: unknown) => error instanceof ApiError && error.status === 401;

/**
 * Sends people without a session to the sign-in page, and anyone whose session ends later (any query
 * answering 401) as well. Pages render while `/api/me` loads: the server guards the data itself.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const here = useRef(pathname + search);
  here.current = pathname + search;

  useEffect(
    () => queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error' && isUnauthorised(event.action.error)) {
        void navigate(loginPath(here.current), { replace: true });
      }
    }),
    [queryClient, navigate],
  );

  if (isUnauthorised(me.error)) return <Navigate to={loginPath(pathname + search)} replace />;
  return <>{children}</>;
}
