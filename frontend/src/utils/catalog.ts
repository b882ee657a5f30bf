import type { components } from '@/types/api';
import { pickText } from '@/utils/format';

export type Catalog = components['schemas']['CatalogController.CriteriaView'];
export type CatalogCriterion = components['schemas']['Catalog.CriterionView'];
export type CatalogGroup = components['schemas']['Catalog.GroupView'];

type Named = { nameDe?: string | null; nameEn: string };

/** The catalogue's German name where it has one; the catalogue is authored in English first. */
export function catalogName(item: Named, language: string): string {
  return language === 'en' ? item.nameEn : item.nameDe ?? item.nameEn;
}

type Worded = { questionDe?: string | null; questionEn: string; scaleDe?: (string | null)[] | null; scaleEn: string[] };

/** The check question in the current language; English only while the German text is missing (then marked as English). */
export function catalogQuestion(criterion: Worded, language: string) {
  return pickText(criterion.questionDe, criterion.questionEn, language);
}

/** The description of a level (0 to 3) in the current language, with the same fallback as the question. */
export function catalogLevel(criterion: Worded, level: number, language: string) {
  return pickText(criterion.scaleDe?.[level], criterion.scaleEn[level], language);
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
