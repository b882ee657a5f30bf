import type { CatalogCriterion, CatalogVersionDetail } from '@/features/admin/api/get-catalogs';

type Detail = Pick<CatalogVersionDetail, 'criteria' | 'profiles'> & { gatingRules?: CatalogVersionDetail['gatingRules'] };
type Reference = CatalogCriterion['legalReferences'][number];

export type CriterionChange = { id: string; fields: string[] };
export type WeightChange = { profile: string; group: string; from: number | undefined; to: number | undefined };
export type CatalogDiff = {
  added: string[];
  retired: string[];
  changed: CriterionChange[];
  weights: WeightChange[];
  /** Profiles whose soft-instrument cap was switched. */
  caps: string[];
  /** Profiles whose rationale changed in either language. */
  rationales: string[];
  /** Gating rules whose description changed in either language (or that are new). */
  gatingRules: string[];
  /** Legal references of criteria kept in the draft, by "instrument, provision". */
  references: ReferenceChange[];
};
export type ReferenceChange = { id: string; added: string[]; removed: string[]; changed: string[] };

/** The fields whose change an administrator is told about before publishing, in the order they are listed. */
const COMPARED = ['nameDe', 'nameEn', 'questionDe', 'questionEn', 'scaleEn', 'scaleDe', 'group', 'core', 'displayOrder',
  'keywordsDe', 'keywordsEn'] as const;

/** How a legal reference is named in the summary; also what pairs a reference of the draft with its published one. */
export const referenceLabel = (r: Reference) => [r.instrument, r.provision].filter(Boolean).join(', ');

function referenceChanges(id: string, before: Reference[], after: Reference[]): ReferenceChange | undefined {
  const labels = (rs: Reference[]) => new Map(rs.map((r) => [referenceLabel(r), r]));
  const old = labels(before);
  const now = labels(after);
  const added = [...now.keys()].filter((k) => !old.has(k));
  const removed = [...old.keys()].filter((k) => !now.has(k));
  const changed = [...now.keys()].filter((k) => old.has(k) && norm(old.get(k)) !== norm(now.get(k)));
  return added.length + removed.length + changed.length > 0 ? { id, added, removed, changed } : undefined;
}

const norm = (v: unknown) => JSON.stringify(v ?? null);

/** What publishing `draft` changes against `base`, the catalogue in force; retired criteria count as absent. */
export function catalogDiff(base: Detail, draft: Detail): CatalogDiff {
  const active = (d: Detail) => new Map(d.criteria.filter((c) => !c.retired).map((c) => [c.id, c] as [string, CatalogCriterion]));
  const before = active(base);
  const after = active(draft);
  const added = [...after.keys()].filter((id) => !before.has(id));
  const retired = [...before.keys()].filter((id) => !after.has(id));
  const changed: CriterionChange[] = [];
  const references: ReferenceChange[] = [];
  for (const [id, c] of after) {
    const old = before.get(id);
    if (!old) continue;
    const fields = COMPARED.filter((f) => norm(old[f]) !== norm(c[f]));
    if (fields.length > 0) changed.push({ id, fields: [...fields] });
    const refs = referenceChanges(id, old.legalReferences ?? [], c.legalReferences ?? []);
    if (refs) references.push(refs);
  }
  const weights: WeightChange[] = [];
  const caps: string[] = [];
  const rationales: string[] = [];
  for (const profile of draft.profiles) {
    const old = base.profiles.find((p) => p.code === profile.code);
    const groups = new Set([...Object.keys(old?.weights ?? {}), ...Object.keys(profile.weights)]);
    for (const group of groups) {
      const from = old?.weights[group];
      const to = profile.weights[group];
      if (from === undefined || to === undefined || Math.abs(from - to) > 1e-9) weights.push({ profile: profile.code, group, from, to });
    }
    if (old && old.capsSoftInstruments !== profile.capsSoftInstruments) caps.push(profile.code);
    if (old && (norm(old.rationale) !== norm(profile.rationale) || norm(old.rationaleDe) !== norm(profile.rationaleDe))) rationales.push(profile.code);
  }
  const gatingRules = (draft.gatingRules ?? []).filter((g) => {
    const old = (base.gatingRules ?? []).find((o) => o.code === g.code);
    return !old || old.descriptionEn !== g.descriptionEn || norm(old.descriptionDe) !== norm(g.descriptionDe);
  }).map((g) => g.code);
  return { added, retired, changed, weights, caps, rationales, gatingRules, references };
}

export function isEmptyDiff(d: CatalogDiff): boolean {
  return d.added.length + d.retired.length + d.changed.length + d.weights.length + d.caps.length + d.rationales.length
    + d.gatingRules.length + d.references.length === 0;
}

/** The published version publishing would replace: the newest published one. */
export function currentPublished<T extends { status: string; publishedAt?: string | null; id: number }>(versions: T[]): T | undefined {
  return versions.filter((v) => v.status === 'PUBLISHED')
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || b.id - a.id)[0];
}
