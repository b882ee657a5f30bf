import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export type LoginInput = { username: string; password: string };
/** The body also carries `access_token` for API clients; the browser relies on the session cookie instead. */
type LoginResponse = { username: string; roles: string[] };

export function login(input: LoginInput): Promise<LoginResponse> {
  return api<LoginResponse>('/login', { method: 'POST', json: input });
}

export function useLogin() {
  return useMutation({ mutationFn: login });
}
