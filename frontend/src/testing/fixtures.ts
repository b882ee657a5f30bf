import type { components } from '@/types/api';

type Schemas = components['schemas'];

export const kenya: Schemas['CountrySummary'] = {
  iso2: 'KE', iso3: 'KEN', numericCode: '404', nameDe: 'Kenia', nameEn: 'Kenya', region: 'AFRICA', subregion: 'Eastern Africa', instrumentCount: 1,
};
export const india: Schemas['CountrySummary'] = {
  iso2: 'IN', iso3: 'IND', numericCode: '356', nameDe: 'Indien', nameEn: 'India', region: 'ASIA', subregion: 'Southern Asia', instrumentCount: 1,
};

export function listItem(overrides: Partial<Schemas['AgreementListItem']> = {}): Schemas['AgreementListItem'] {
  return {
    id: 1, version: 0, countryIso2: 'KE', countryNameDe: 'Kenia', countryNameEn: 'Kenya', type: 'TREATY',
    titleDe: 'Migrations- und Mobilitätsabkommen Kenia', titleEn: 'Migration and mobility agreement Kenya', titleOriginal: null,
    partyLevel: 'DE_BILATERAL', status: 'IN_FORCE', dateSigned: '2024-09-13', dateInForce: '2024-10-01', leadMinistry: 'BMI',
    components: ['SKILLED_LABOUR', 'RETURN_READMISSION'], archived: false, updatedAt: '2025-01-01T10:00:00Z', ...overrides,
  };
}

export function page(items: Schemas['AgreementListItem'][], totalPages = 1): Schemas['Page_AgreementListItem_'] {
  return {
    content: items, pageable: { number: 0, size: 20, sort: { orderBy: [] }, orderBy: [] },
    totalSize: items.length, totalPages,
  };
}

export function view(overrides: Partial<Schemas['AgreementView']> = {}): Schemas['AgreementView'] {
  return {
    id: 7, version: 3, externalRef: null, countryIso2: 'KE', countryNameDe: 'Kenia', countryNameEn: 'Kenya', type: 'MOU',
    titleDe: 'Absichtserklärung Kenia', titleEn: 'Kenya MoU', titleOriginal: null, summary: null, partyLevel: 'DE_BILATERAL',
    partyState: null, leadMinistry: null, involvedMinistries: ['BMI', 'AA'], responsibleDesk: null, status: 'SIGNED',
    dateSigned: '2024-09-13', dateInForce: null, dateEnd: null, nextReviewDue: null, components: ['SKILLED_LABOUR'],
    textPublic: null, digitalDataClauses: null, predecessor: null, successors: [],
    sources: [{ field: 'dateSigned', url: 'https://www.bmi.bund.de/kenia', title: 'Pressemitteilung BMI', accessedOn: '2025-01-10' }],
    archived: false, createdAt: '2025-01-01T10:00:00Z', updatedAt: '2025-01-02T10:00:00Z', ...overrides,
  };
}
