import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, toQuery } from '@/lib/api-client';
import type { components } from '@/types/api';

export type CountrySummary = components['schemas']['CountrySummary'];
export type Region = components['schemas']['Region'];
export type CountriesQuery = { region?: Region; withInstruments?: boolean };

export function getCountries(query: CountriesQuery = {}): Promise<CountrySummary[]> {
  return api<CountrySummary[]>(`/api/countries${toQuery({ region: query.region, withInstruments: query.withInstruments ? 'true' : undefined })}`);
}

export function getCountriesQueryOptions(query: CountriesQuery = {}) {
  return queryOptions({
    queryKey: ['countries', 'list', query],
    queryFn: () => getCountries(query),
    // The country list hardly changes; only instrument counts move.
    staleTime: 5 * 60_000,
  });
}

export function useCountries(query: CountriesQuery = {}) {
  return useQuery(getCountriesQueryOptions(query));
}
