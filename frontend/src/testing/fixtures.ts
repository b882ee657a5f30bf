import type { components } from '@/types/api';
import type { RankingEntry } from '@/features/scorecards/api/types';

type Schemas = components['schemas'];

export const kenya: Schemas['CountrySummary'] = {
  iso2: 'KE', iso3: 'KEN', numericCode: '404', nameDe: 'Kenia', nameEn: 'Kenya', region: 'AFRICA', subregion: 'Eastern Africa', subregionDe: 'Ostafrika', instrumentCount: 1, fictitious: false,
};
export const india: Schemas['CountrySummary'] = {
  iso2: 'IN', iso3: 'IND', numericCode: '356', nameDe: 'Indien', nameEn: 'India', region: 'ASIA', subregion: 'Southern Asia', subregionDe: 'Südasien', instrumentCount: 1, fictitious: false,
};

export function listItem(overrides: Partial<Schemas['AgreementListItem']> = {}): Schemas['AgreementListItem'] {
  return {
    id: 1, version: 0, countryIso2: 'KE', countryNameDe: 'Kenia', countryNameEn: 'Kenya', type: 'TREATY',
    titleDe: 'Migrations- und Mobilitätsabkommen Kenia', titleEn: 'Migration and mobility agreement Kenya', titleOriginal: null,
    partyLevel: 'DE_BILATERAL', status: 'IN_FORCE', dateSigned: '2024-09-13', dateInForce: '2024-10-01', plannedDate: null, leadMinistry: 'BMI',
    components: ['SKILLED_LABOUR', 'RETURN_READMISSION'], archived: false, updatedAt: '2025-01-01T10:00:00Z', fictitious: false, ...overrides,
  };
}

/** A page as the server sends it: `totalSize`, no `totalPages`. */
export function page(items: Schemas['AgreementListItem'][], totalPages = 1): Schemas['Page_AgreementListItem_'] {
  return {
    content: items, pageable: { number: 0, size: 20, sort: { orderBy: [] } },
    totalSize: totalPages > 1 ? (totalPages - 1) * 20 + items.length : items.length,
  };
}

export function view(overrides: Partial<Schemas['AgreementView']> = {}): Schemas['AgreementView'] {
  return {
    id: 7, version: 3, externalRef: null, countryIso2: 'KE', countryNameDe: 'Kenia', countryNameEn: 'Kenya', type: 'MOU',
    titleDe: 'Absichtserklärung Kenia', titleEn: 'Kenya MoU', titleOriginal: null, summaryDe: null, summaryEn: null, partyLevel: 'DE_BILATERAL',
    partyState: null, leadMinistry: null, involvedMinistries: ['BMI', 'AA'], responsibleDesk: null, status: 'SIGNED',
    dateSigned: '2024-09-13', dateInForce: null, dateEnd: null, nextReviewDue: null, plannedDate: null, components: ['SKILLED_LABOUR'],
    textPublic: null, digitalDataClauses: null, predecessor: null, successors: [],
    sources: [{ field: 'dateSigned', url: 'https://www.bmi.bund.de/kenia', title: 'Pressemitteilung BMI', accessedOn: '2025-01-10' }],
    archived: false, createdAt: '2025-01-01T10:00:00Z', updatedAt: '2025-01-02T10:00:00Z', fictitious: false, ...overrides,
  };
}

const CRITERIA: [string, string, boolean, string, string][] = [
  ['DP-BASE', 'G1', true, 'Data protection baseline', 'Datenschutz-Grundklausel'],
  ['PURPOSE', 'G1', true, 'Purpose limitation', 'Zweckbindung'],
  ['INDEP-OVERSIGHT', 'G3', true, 'Independent oversight', 'Unabhängige Aufsicht'],
  ['CAPACITY', 'G5', true, 'Digital capacity building', 'Digitaler Kapazitätsaufbau'],
  ['MINIM-RET', 'G1', false, 'Data minimisation', 'Datenminimierung'],
  ['TRANSFER-SEC', 'G1', false, 'Transfer security', 'Sicherheit der Datenübermittlung'],
  ['TRANSP-REMEDY', 'G2', false, 'Transparency and remedies', 'Transparenz und Rechtsschutz'],
  ['HUMAN-OVERSIGHT', 'G4', false, 'Human oversight', 'Menschliche Aufsicht'],
  ['BIOMETRICS', 'G2', false, 'Biometrics safeguards', 'Schutz biometrischer Daten'],
  ['NONDISC', 'G2', false, 'Non-discrimination', 'Nichtdiskriminierung'],
  ['SOVEREIGNTY-EXIT', 'G5', false, 'Data portability and exit', 'Datenportabilität und Ausstieg'],
  ['MONITOR-EVAL', 'G3', false, 'Monitoring and evaluation', 'Monitoring und Evaluierung'],
];
const GROUPS: [string, string, string][] = [
  ['G1', 'Data-protection core', 'Datenschutzkern'], ['G2', 'Rights safeguards', 'Rechte und Rechtsschutz'],
  ['G3', 'Oversight and accountability', 'Aufsicht und Rechenschaft'], ['G4', 'Algorithmic governance', 'Algorithmische Steuerung'],
  ['G5', 'Capacity and partnership', 'Kapazität und Partnerschaft'],
];

export const catalog: Schemas['CatalogController.CriteriaView'] = {
  catalogVersionId: 1, catalogLabel: 'criteria.json 0.1', publishedAt: '2025-01-01T00:00:00Z', gatingRules: [],
  criteria: CRITERIA.map(([id, group, core, nameEn, nameDe], i) => ({
    id, version: 0, group, core, displayOrder: i + 1, nameEn, nameDe, questionEn: `Question on ${nameEn}?`, questionDe: `Prüffrage zu ${nameDe}?`,
    scaleEn: ['absent', 'generic reference', 'dedicated article', 'binding with remedy'],
    scaleDe: ['fehlt', 'allgemeiner Verweis', 'eigener Artikel', 'bindend mit Rechtsbehelf'], legalReferences: [], keywordsDe: [], keywordsEn: [], retired: false,
  })),
  groups: GROUPS.map(([code, nameEn, nameDe], i) => ({
    code, nameEn, nameDe, displayOrder: i + 1, criterionIds: CRITERIA.filter((c) => c[1] === code).map((c) => c[0]),
  })),
};

export const profiles: Schemas['Catalog.ProfileView'][] = [
  { code: 'balanced', isDefault: true, capsSoftInstruments: false, rationale: null, rationaleDe: null, weights: { G1: 0.3, G2: 0.25, G3: 0.2, G4: 0.1, G5: 0.15 } },
  { code: 'return_readmission_focus', isDefault: false, capsSoftInstruments: false, rationale: null, rationaleDe: null, weights: { G1: 0.35, G2: 0.3, G3: 0.2, G4: 0.05, G5: 0.1 } },
];

export function assessment(criterionId: string, overrides: Partial<Schemas['AssessmentView']> = {}): Schemas['AssessmentView'] {
  return {
    criterionId, status: 'NOT_ASSESSED', level: null, notApplicable: false, notApplicableReason: null, evidence: null, confidence: null,
    crossReference: null, catalogVersionId: null, assessedBy: null, assessedAt: null, version: null,
    reviewState: null, submittedBy: null, submittedAt: null, reviewedBy: null, reviewedAt: null, reviewComment: null, approved: null,
    searchRecord: null,
    ...overrides,
  };
}

export function rankingEntry(overrides: Partial<RankingEntry> = {}): RankingEntry {
  return {
    rank: 1, iso2: 'KE', numericCode: '404', nameDe: 'Kenia', nameEn: 'Kenya', region: 'AFRICA', score: 42, coverage: 0.5,
    redFlagCount: 1, coreLevels: { 'DP-BASE': 2, PURPOSE: 1, 'INDEP-OVERSIGHT': null, CAPACITY: 3 },
    instrumentCount: 2, includesDrafts: false, fictitious: false, ...overrides,
  };
}

/** Kenya's scorecard: DP-BASE at level 2 from the treaty (id 1), BIOMETRICS not applicable, the rest unrated. */
export function scorecard(overrides: Record<string, unknown> = {}) {
  const criteria = CRITERIA.map(([id, , core]) => ({
    criterionId: id, core, status: 'NOT_ASSESSED' as const, level: null as number | null, max: 3, agreementId: null as number | null,
    agreementTitle: null as string | null, evidence: null as Schemas['ScorecardViews.BestLevel']['evidence'], confidence: null as string | null,
    notApplicableReason: null as string | null, gap: true, levelBasis: null as string | null,
  }));
  criteria[0] = {
    ...criteria[0], status: 'ASSESSED' as never, level: 2, agreementId: 1, agreementTitle: 'Migrations- und Mobilitätsabkommen Kenia',
    evidence: { reference: 'Art. 12 Abs. 1', quote: 'The Parties shall protect personal data.', source: 'https://www.bmi.bund.de/kenia-abkommen.pdf', asOf: '2024-09-13', documentId: null, anchor: null, marking: null },
    confidence: 'HIGH', gap: false, levelBasis: 'APPROVED',
  };
  criteria[8] = { ...criteria[8], status: 'NOT_APPLICABLE' as never, agreementId: 1, agreementTitle: 'Migrations- und Mobilitätsabkommen Kenia', notApplicableReason: 'Keine biometrischen Daten.', gap: false, levelBasis: 'APPROVED' };
  return {
    country: { iso2: 'KE', numericCode: '404', nameDe: 'Kenia', nameEn: 'Kenya', region: 'AFRICA', fictitious: false },
    profile: 'balanced', catalogVersionId: 1, score: 66.7, coverage: 0.1667,
    redFlags: [{ code: 'TRANSFER_SEC_ABSENT_WITH_READMISSION', message: 'Personal data are exchanged for return and readmission, but there is no transfer basis.' }],
    notes: [],
    breakdown: {
      groups: [
        { code: 'G1', weight: 0.3, effectiveWeight: 1, share: 0.6667, points: 66.7, excludedReason: null },
        { code: 'G2', weight: 0.25, effectiveWeight: 0, share: null, points: null, excludedReason: 'NO_ASSESSED_CRITERIA' },
        { code: 'G3', weight: 0.2, effectiveWeight: 0, share: null, points: null, excludedReason: 'NO_ASSESSED_CRITERIA' },
        { code: 'G4', weight: 0.1, effectiveWeight: 0, share: null, points: null, excludedReason: 'NO_ASSESSED_CRITERIA' },
        { code: 'G5', weight: 0.15, effectiveWeight: 0, share: null, points: null, excludedReason: 'NO_ASSESSED_CRITERIA' },
      ],
      criteria: CRITERIA.map(([code, groupCode, core], i) => ({
        code, groupCode, core, status: i === 0 ? 'ASSESSED' : i === 8 ? 'NOT_APPLICABLE' : 'NOT_ASSESSED',
        level: i === 0 ? 2 : null, max: 3, contribution: i === 0 ? 66.7 : null,
        excludedReason: i === 0 ? null : i === 8 ? 'NOT_APPLICABLE' : 'NOT_ASSESSED',
      })),
    },
    criteria, gaps: criteria.filter((c) => c.gap).map((c) => c.criterionId),
    instruments: [{ id: 1, titleDe: 'Migrations- und Mobilitätsabkommen Kenia', titleEn: 'Migration and mobility agreement Kenya', type: 'TREATY', status: 'IN_FORCE', score: 66.7, coverage: 0.1667, redFlagCount: 1 }],
    instrumentsNotInForce: [{ id: 7, titleDe: 'Absichtserklärung Kenia', titleEn: 'Kenya MoU', type: 'MOU', status: 'SIGNED', score: null, coverage: 0, redFlagCount: 0 }],
    crossVersion: false, comparableCriteria: CRITERIA.map((c) => c[0]), includesDrafts: false,
    ...overrides,
  };
}

export const history = [
  { recordedAt: '2025-01-10T10:00:00Z', profile: 'balanced', catalogVersionId: 1, score: null, coverage: 0, redFlagCount: 0 },
  { recordedAt: '2025-02-10T10:00:00Z', profile: 'balanced', catalogVersionId: 1, score: 55, coverage: 0.08, redFlagCount: 1 },
  { recordedAt: '2025-03-10T10:00:00Z', profile: 'balanced', catalogVersionId: 1, score: 66.7, coverage: 0.1667, redFlagCount: 1 },
];
