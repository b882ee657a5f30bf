import type { components } from '@/types/api';

export type Catalog = components['schemas']['CatalogController.CriteriaView'];
export type CatalogCriterion = components['schemas']['Catalog.CriterionView'];
export type CatalogGroup = components['schemas']['Catalog.GroupView'];

type Named = { nameDe?: string | null; nameEn: string };

/** The catalogue's German name where it has one; the catalogue is authored in English first. */
export function catalogName(item: Named, language: string): string {
  return language === 'en' ? item.nameEn : item.nameDe ?? item.nameEn;
}

/** Looks up criterion and group names by code; falls back to the code so an unknown code still shows. */
export function catalogLabels(catalog: Catalog | undefined, language: string) {
  const criteria = new Map((catalog?.criteria ?? []).map((c) => [c.id, c]));
  const groups = new Map((catalog?.groups ?? []).map((g) => [g.code, g]));
  return {
    criterion: (code: string) => {
      const c = criteria.get(code);
      return c ? catalogName(c, language) : code;
    },
    group: (code: string) => {
      const g = groups.get(code);
      return g ? catalogName(g, language) : code;
    },
    criterionDef: (code: string) => criteria.get(code),
    groups: [...(catalog?.groups ?? [])].sort((a, b) => a.displayOrder - b.displayOrder),
    criteria: catalog?.criteria ?? [],
  };
}
export type CatalogLabels = ReturnType<typeof catalogLabels>;
