import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { components } from '@/types/api';

export type CountryDetail = components['schemas']['CountryController.CountryDetail'];

export function getCountry(iso2: string): Promise<CountryDetail> {
  return api<CountryDetail>(`/api/countries/${encodeURIComponent(iso2)}`);
}

export function getCountryQueryOptions(iso2: string) {
  return queryOptions({ queryKey: ['countries', 'detail', iso2], queryFn: () => getCountry(iso2) });
}

export function useCountry(iso2: string) {
  return useQuery(getCountryQueryOptions(iso2));
}
