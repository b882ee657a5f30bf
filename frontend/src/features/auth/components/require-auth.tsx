import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useMe } from '@/features/auth/api/get-me';
import { loginMutationKey, type LoginResponse } from '@/features/auth/api/login';
import { loginPath } from '@/features/auth/next-path';
import { SessionExpiredDialog } from '@/features/auth/components/session-expired-dialog';
import { ApiError } from '@/lib/api-client';

const isUnauthorised = (error: unknown) => error instanceof ApiError && error.isUnauthorised;
const isSignIn = (key: readonly unknown[] | undefined) =>
  key !== undefined && key.length === loginMutationKey.length && key.every((part, i) => part === loginMutationKey[i]);

/**
 * Sends people without a session to the sign-in page (`/sign-in?next=…`), and anyone whose session ends later while
 * only reading as well (any query answering 401). A save that fails because the session ended does not leave the
 * page: the form keeps what was typed, and a dialog says why the save failed and signs the person in again, after
 * which they save once more. Pages render while `/api/me` loads: the server guards the data itself.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const here = useRef(pathname + search);
  here.current = pathname + search;
  const [saveRefused, setSaveRefused] = useState(false);
  const dialogOpen = useRef(false);
  dialogOpen.current = saveRefused;

  useEffect(
    () => queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error' && isUnauthorised(event.action.error) && !dialogOpen.current) {
        void navigate(loginPath(here.current), { replace: true });
      }
    }),
    [queryClient, navigate],
  );

  useEffect(
    () => queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error' && isUnauthorised(event.action.error)
        && !isSignIn(event.mutation.options.mutationKey)) {
        dialogOpen.current = true;
        setSaveRefused(true);
      }
    }),
    [queryClient],
  );

  function signedInAgain(who: LoginResponse) {
    setSaveRefused(false);
    if (me.data && who.username !== me.data.username) {
      // Someone else signed in: nothing of the previous person's may stay on screen.
      queryClient.removeQueries();
      void navigate('/', { replace: true });
      return;
    }
    void queryClient.invalidateQueries();
  }

  if (isUnauthorised(me.error) && !saveRefused) return <Navigate to={loginPath(pathname + search)} replace />;
  return (
    <>
      {children}
      <SessionExpiredDialog open={saveRefused} username={me.data?.username} signInPage={loginPath(pathname + search)}
        onSignedIn={signedInAgain} />
    </>
  );
}
