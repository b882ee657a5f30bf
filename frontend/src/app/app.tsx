import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { routes } from '@/app/routes';
import { ApiError } from '@/lib/api-client';
import { getRankingQueryOptions } from '@/features/scorecards/api/get-ranking';
import { getCriteriaQueryOptions } from '@/features/criteria/api/get-criteria';
import { getProfilesQueryOptions } from '@/features/criteria/api/get-profiles';
import { getMeQueryOptions } from '@/features/auth/api/get-me';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });
}

const queryClient = createQueryClient();
const router = createBrowserRouter(routes);

/**
 * The dashboard is where people land. Its code (page, map, atlas) and its data (ranking, catalogue, profiles, who is
 * signed in) are split off the first bundle; fetch them all at once instead of one after the other as the page renders.
 */
export function preloadLanding(pathname: string, search: string, client: QueryClient = queryClient) {
  if (!/^\/(dashboard\/?)?$/.test(pathname)) return;
  void import('@/app/pages/dashboard-page');
  void import('@/features/scorecards/components/world-map').then((map) => map.loadCountries());
  const params = new URLSearchParams(search);
  // The data only once /api/me says someone is signed in: a signed-out visitor lands on the sign-in page, where
  // ranking, catalogue and profiles would only be refused with 401.
  client.fetchQuery(getMeQueryOptions()).then(() => {
    void client.prefetchQuery(getRankingQueryOptions({
      region: params.get('region') ?? undefined, type: params.get('type') ?? undefined, profile: params.get('profile') ?? undefined,
      includeDrafts: params.get('includeDrafts') === 'true',
    }));
    void client.prefetchQuery(getCriteriaQueryOptions());
    void client.prefetchQuery(getProfilesQueryOptions());
  }, () => undefined);
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
