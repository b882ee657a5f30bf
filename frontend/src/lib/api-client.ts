/** RFC 9457 problem details as the backend sends them. */
export type FieldError = { field: string; message: string };
export type Problem = {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
};

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.status = problem.status;
    this.problem = problem;
  }

  /** Message for one form field, matched on the field path the server names. */
  fieldMessage(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === field || e.field.endsWith('.' + field))?.message;
  }

  get isConflict() {
    return this.status === 409;
  }

  /** The session is missing or has ended (signed out, expired, account disabled). */
  get isUnauthorised() {
    return this.status === 401;
  }
}

function currentLanguage(): string {
  return document.documentElement.lang || 'de';
}

/** The double-submit CSRF token the server sets as a script-readable cookie; writes must echo it. */
export function xsrfToken(): string | undefined {
  const match = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return match ? decodeURIComponent(match.slice('XSRF-TOKEN='.length)) : undefined;
}

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/** No request may leave the page waiting for ever ("Wird geladen …"): after this long it fails as unreachable. */
export const REQUEST_TIMEOUT_MS = 30_000;

function withTimeout(signal: AbortSignal | null | undefined): AbortSignal | undefined {
  if (typeof AbortSignal === 'undefined' || typeof AbortSignal.timeout !== 'function') return signal ?? undefined;
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  return signal && typeof AbortSignal.any === 'function' ? AbortSignal.any([signal, timeout]) : signal ?? timeout;
}

export async function api<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, headers, ...rest } = init;
  const token = SAFE_METHODS.includes((rest.method ?? 'GET').toUpperCase()) ? undefined : xsrfToken();
  let response: Response;
  try {
    response = await fetch(path, {
      credentials: 'same-origin',
      ...rest,
      signal: withTimeout(rest.signal),
      headers: {
        Accept: 'application/json, application/problem+json',
        'Accept-Language': currentLanguage(),
        ...(json !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { 'X-XSRF-TOKEN': token } : {}),
        ...headers,
      },
      body: json !== undefined ? JSON.stringify(json) : rest.body,
    });
  } catch (error) {
    // A query TanStack Query cancelled itself is not a failure to report.
    if (rest.signal?.aborted) throw error;
    throw new ApiError({ title: 'network', status: 0 });
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const body = text ? safeParse(text) : undefined;
  if (!response.ok) {
    const problem = (body && typeof body === 'object' ? body : {}) as Partial<Problem>;
    throw new ApiError({ title: problem.title ?? response.statusText, status: response.status, ...problem });
  }
  return body as T;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function toQuery(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}
