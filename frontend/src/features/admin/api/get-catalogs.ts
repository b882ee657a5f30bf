import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { catalogKeys } from '@/features/admin/api/keys';
import type { components } from '@/types/api';

export type CatalogSummary = components['schemas']['Catalog.Summary'];
/** A criterion of a catalogue version, every text in German and English (`scaleDe`/`scaleEn`: levels 0 to 3). */
export type CatalogCriterion = components['schemas']['Catalog.CriterionView'];
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
