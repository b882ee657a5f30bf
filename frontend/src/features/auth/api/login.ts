import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export type LoginInput = { username: string; password: string };
/** The browser's sign-in asks for a cookie session: the body names the person, it carries no token. */
export type LoginResponse = { username: string; roles: string[] };

export const loginMutationKey = ['auth', 'login'] as const;

export function login(input: LoginInput): Promise<LoginResponse> {
  return api<LoginResponse>('/login?session=cookie', { method: 'POST', json: input });
}

export function useLogin() {
  return useMutation({ mutationKey: loginMutationKey, mutationFn: login });
}
