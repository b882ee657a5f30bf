import { vi } from 'vitest';

export type MockRequest = { method: string; url: URL; body: unknown; headers: Headers };
type Reply = { status?: number; body?: unknown };
type Handler = (request: MockRequest) => Reply | Promise<Reply>;

/** Signed in as a desk officer unless a test says otherwise; nobody has reviews waiting. */
export const deskOfficer = {
  username: 'desk.officer', displayName: 'Dana Beispiel', roles: ['DESK_OFFICER'],
  permissions: ['READ', 'EDIT_AGREEMENTS', 'EDIT_ASSESSMENTS', 'REVIEW_ASSESSMENTS'], language: 'de',
};
const defaults: Record<string, Reply['body']> = {
  'GET /api/me': deskOfficer,
  'GET /api/reviews': { content: [], totalSize: 0, pageable: { number: 0, size: 50 } },
  'GET /api/reviews/returned': { items: [], count: 0, page: 0, size: 100 },
};

/**
 * Stubs `fetch` with handlers keyed by "METHOD /path" (path without query; `:param` segments match anything).
 * A plain value is answered as a 200 body; use a function returning {status, body} for anything else.
 * Returns the stub so tests can inspect the requests the UI made. Unhandled requests answer 404.
 */
export function mockApi(handlers: Record<string, Handler | Reply['body']>) {
  const requests: MockRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(typeof input === 'string' ? input : input.toString(), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const request: MockRequest = { method, url, body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined, headers: new Headers(init.headers) };
    requests.push(request);
    const entry = Object.entries(handlers).find(([key]) => matches(key, method, url.pathname))
      ?? Object.entries(defaults).find(([key]) => matches(key, method, url.pathname));
    if (!entry) return json(404, { title: 'Not Found', status: 404, detail: `No mock for ${method} ${url.pathname}` });
    const handler = entry[1];
    const reply = typeof handler === 'function' ? await (handler as Handler)(request) : { body: handler };
    return json(reply.status ?? 200, reply.body);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, requests, last: (method: string, path: string) => [...requests].reverse().find((r) => r.method === method && r.url.pathname === path) };
}

function matches(key: string, method: string, pathname: string): boolean {
  const [m, pattern] = key.split(' ');
  if (m !== method) return false;
  const a = pattern.split('/');
  const b = pathname.split('/');
  return a.length === b.length && a.every((seg, i) => seg.startsWith(':') || seg === b[i]);
}

function json(status: number, body: unknown): Response {
  if (status === 204 || body === undefined) return new Response(null, { status });
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

export function problem(status: number, detail: string, errors?: { field: string; message: string }[]) {
  return { status, body: { type: 'about:blank', title: status === 409 ? 'Conflict' : 'Bad Request', status, detail, errors } };
}
