import { createQueryClient, preloadLanding } from '@/app/app';
import { mockApi } from '@/testing/mock-api';
import { scorecardKeys } from '@/features/scorecards/api/keys';

describe('preloading the landing page', () => {
  it('fetches the ranking with the filters in the address and the catalogue while the app starts', async () => {
    const api = mockApi({ 'GET /api/scorecards': [], 'GET /api/criteria': { criteria: [] }, 'GET /api/profiles': [] });
    const client = createQueryClient();

    preloadLanding('/dashboard', '?region=ASIA&includeDrafts=true', client);

    await vi.waitFor(() => expect(client.getQueryData(scorecardKeys.ranking({ region: 'ASIA', includeDrafts: true }))).toEqual([]));
    expect(api.last('GET', '/api/scorecards')?.url.search).toBe('?region=ASIA&includeDrafts=true');
    expect(api.last('GET', '/api/criteria')).toBeDefined();
    await vi.waitFor(() => expect(api.last('GET', '/api/profiles')).toBeDefined());
    expect(api.last('GET', '/api/me')).toBeDefined();
  });

  it('asks only /api/me while nobody is signed in', async () => {
    const api = mockApi({ 'GET /api/me': () => ({ status: 401, body: { title: 'Unauthorized', status: 401 } }) });
    preloadLanding('/dashboard', '', createQueryClient());
    await vi.waitFor(() => expect(api.last('GET', '/api/me')).toBeDefined());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.requests.map((r) => r.url.pathname)).toEqual(['/api/me']);
  });

  it('leaves other pages alone', () => {
    const api = mockApi({});
    preloadLanding('/agreements', '', createQueryClient());
    expect(api.requests).toHaveLength(0);
  });
});
