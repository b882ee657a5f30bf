import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { catalogKeys } from '@/features/admin/api/keys';
import type { components } from '@/types/api';

export type CatalogSummary = components['schemas']['Catalog.Summary'];
/**
 * A whole catalogue version. `scaleDe` (German level descriptions) is what the catalogue API is getting
 * beside `scale`; until the generated types carry it, it is declared here and optional.
 */
export type CatalogCriterion = components['schemas']['Catalog.CriterionView'] & { scaleDe?: (string | null)[] | null };
export type CatalogVersionDetail = Omit<components['schemas']['Catalog'], 'criteria'> & { criteria: CatalogCriterion[] };

export function getCatalogs(): Promise<CatalogSummary[]> {
  return api<CatalogSummary[]>('/api/catalogs');
}

export function getCatalog(id: number): Promise<CatalogVersionDetail> {
  return api<CatalogVersionDetail>(`/api/catalogs/${id}`);
}

export function getCatalogsQueryOptions() {
  return queryOptions({ queryKey: catalogKeys.list(), queryFn: getCatalogs });
}

export function getCatalogQueryOptions(id: number) {
  return queryOptions({ queryKey: catalogKeys.detail(id), queryFn: () => getCatalog(id) });
}

export const useCatalogs = () => useQuery(getCatalogsQueryOptions());
export const useCatalog = (id: number | undefined) => useQuery({ ...getCatalogQueryOptions(id ?? 0), enabled: id !== undefined });
