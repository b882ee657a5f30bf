import type { CatalogCriterion, CatalogVersionDetail } from '@/features/admin/api/get-catalogs';

type Detail = Pick<CatalogVersionDetail, 'criteria' | 'profiles'>;

export type CriterionChange = { id: string; fields: string[] };
export type WeightChange = { profile: string; group: string; from: number | undefined; to: number | undefined };
export type CatalogDiff = {
  added: string[];
  retired: string[];
  changed: CriterionChange[];
  weights: WeightChange[];
  /** Profiles whose soft-instrument cap was switched. */
  caps: string[];
};

/** The fields whose change an administrator is told about before publishing, in the order they are listed. */
const COMPARED = ['nameDe', 'nameEn', 'questionDe', 'questionEn', 'scaleEn', 'scaleDe', 'group', 'core', 'displayOrder',
  'keywordsDe', 'keywordsEn', 'legalReferences'] as const;

const norm = (v: unknown) => JSON.stringify(v ?? null);

/** What publishing `draft` changes against `base`, the catalogue in force; retired criteria count as absent. */
export function catalogDiff(base: Detail, draft: Detail): CatalogDiff {
  const active = (d: Detail) => new Map(d.criteria.filter((c) => !c.retired).map((c) => [c.id, c] as [string, CatalogCriterion]));
  const before = active(base);
  const after = active(draft);
  const added = [...after.keys()].filter((id) => !before.has(id));
  const retired = [...before.keys()].filter((id) => !after.has(id));
  const changed: CriterionChange[] = [];
  for (const [id, c] of after) {
    const old = before.get(id);
    if (!old) continue;
    const fields = COMPARED.filter((f) => norm(old[f]) !== norm(c[f]));
    if (fields.length > 0) changed.push({ id, fields: [...fields] });
  }
  const weights: WeightChange[] = [];
  const caps: string[] = [];
  for (const profile of draft.profiles) {
    const old = base.profiles.find((p) => p.code === profile.code);
    const groups = new Set([...Object.keys(old?.weights ?? {}), ...Object.keys(profile.weights)]);
    for (const group of groups) {
      const from = old?.weights[group];
      const to = profile.weights[group];
      if (from === undefined || to === undefined || Math.abs(from - to) > 1e-9) weights.push({ profile: profile.code, group, from, to });
    }
    if (old && old.capsSoftInstruments !== profile.capsSoftInstruments) caps.push(profile.code);
  }
  return { added, retired, changed, weights, caps };
}

export function isEmptyDiff(d: CatalogDiff): boolean {
  return d.added.length + d.retired.length + d.changed.length + d.weights.length + d.caps.length === 0;
}

/** The published version publishing would replace: the newest published one. */
export function currentPublished<T extends { status: string; publishedAt?: string | null; id: number }>(versions: T[]): T | undefined {
  return versions.filter((v) => v.status === 'PUBLISHED')
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || b.id - a.id)[0];
}
