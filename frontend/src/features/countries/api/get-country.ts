import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { components } from '@/types/api';

export type CountryDetail = components['schemas']['CountryController.CountryDetail'];

/** Older servers leave `instruments` out for a country without any; the screens always get a list. */
export async function getCountry(iso2: string): Promise<CountryDetail> {
  const detail = await api<Partial<CountryDetail> & Pick<CountryDetail, 'country'>>(`/api/countries/${encodeURIComponent(iso2)}`);
  return { ...detail, instruments: detail.instruments ?? [] };
}

export function getCountryQueryOptions(iso2: string) {
  return queryOptions({ queryKey: ['countries', 'detail', iso2], queryFn: () => getCountry(iso2) });
}

export function useCountry(iso2: string) {
  return useQuery(getCountryQueryOptions(iso2));
}
