/**
 * The sign-in page lives at /sign-in, not /login: the server owns /login (POST sign-in) and does not
 * answer GET /login with the app, so a reload there would fail.
 */
export const SIGN_IN_PATH = '/sign-in';

/** The sign-in page's address, remembering where the person wanted to go. */
export function loginPath(next: string): string {
  return next && next !== '/' && !next.startsWith(SIGN_IN_PATH) ? `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}` : SIGN_IN_PATH;
}

/** Only paths inside this application are followed after sign-in, never another site ("//evil", "https:…"). */
export function safeNext(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || value.startsWith(SIGN_IN_PATH)) return '/';
  return value;
}
