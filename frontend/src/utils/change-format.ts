import type { TFunction } from 'i18next';
import { formatDate, formatDateTime, regionName } from '@/utils/format';
import { formatNumber } from '@/utils/score';

/**
 * One audited value as words: what the change list shows instead of raw JSON, enum codes, field names and
 * nanosecond timestamps. `lang` marks text in a known other language (English catalogue texts), `content`
 * text a person wrote (not UI text, so not translated), `items` a list.
 */
export type Shown =
  | { kind: 'empty' }
  | { kind: 'text'; text: string; content?: boolean; lang?: string }
  | { kind: 'list'; items: Shown[] }
  | { kind: 'pair'; label: string; value: Shown };

type Translate = TFunction;

/** Enum-valued fields and where their words are, per kind of audited object. */
const ENUMS: Record<string, string> = {
  type: 'type', partyLevel: 'partyLevel', components: 'component', confidence: 'confidence',
  reviewState: 'assessment.reviewStates', roles: 'auth.role', language: 'planned.language',
};
const STATUS_ENUM: Record<string, string> = { agreement: 'status', assessment: 'ratingStatus', catalog: 'catalogStatus' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** Free text somebody entered, shown as it is (marked not to be translated). */
const CONTENT = new Set(['titleDe', 'titleEn', 'titleOriginal', 'summary', 'digitalDataClauses', 'responsibleDesk', 'externalRef',
  'reference', 'quote', 'source', 'notApplicableReason', 'reviewComment', 'label', 'nameDe', 'nameEn', 'questionDe', 'questionEn',
  'scale', 'keywordsDe', 'keywordsEn', 'rationale', 'rationaleDe', 'gist', 'gistDe', 'descriptionEn', 'descriptionDe', 'provision', 'instrument', 'username', 'displayName', 'url', 'title',
  'leadMinistry', 'involvedMinistries', 'createdBy', 'assessedBy', 'submittedBy', 'reviewedBy', 'approvedBy', 'group', 'id', 'criterionId']);
const ENGLISH = new Set(['titleEn', 'nameEn', 'questionEn', 'scale', 'keywordsEn', 'gist', 'rationale', 'descriptionEn']);
const GERMAN = new Set(['titleDe', 'nameDe', 'questionDe', 'keywordsDe', 'gistDe', 'rationaleDe', 'descriptionDe']);

/** The label of an audited field; every field the server audits has one in the locale files. */
export function changeFieldLabel(entityType: string, field: string, t: Translate): string {
  for (const key of [`changeField.${entityType}.${field}`, `field.${field}`, `changeField.any.${field}`]) {
    const label = t(key as never, { defaultValue: '' }) as string;
    if (label) return label;
  }
  return t('changeField.unnamed');
}

export function showChange(entityType: string, field: string, value: unknown, t: Translate, lang: string): Shown {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return { kind: 'empty' };
  if (Array.isArray(value)) return { kind: 'list', items: value.map((v) => showChange(entityType, field, v, t, lang)) };
  if (typeof value === 'boolean') return { kind: 'text', text: value ? t('common.yes') : t('common.no') };
  if (typeof value === 'number') {
    if (field === 'level') return { kind: 'text', text: t('assessment.levelOption', { level: value }) };
    return { kind: 'text', text: formatNumber(value, lang, 3) ?? String(value) };
  }
  if (typeof value === 'object') return showObject(entityType, field, value as Record<string, unknown>, t, lang);
  const text = String(value);
  const enumPrefix = field === 'status' ? STATUS_ENUM[entityType] : ENUMS[field];
  if (enumPrefix) {
    const key = `${enumPrefix}.${text}`;
    const word = t(key as never, { defaultValue: '' }) as string;
    if (word) return { kind: 'text', text: word };
  }
  if (field === 'password') return { kind: 'text', text: t(text === 'changed' ? 'changeValue.passwordChanged' : 'changeValue.passwordSet') };
  if (field === 'countryIso2' || field === 'partyState') return { kind: 'text', text: regionName(text, lang) };
  if (DATE.test(text)) return { kind: 'text', text: formatDate(text, lang) ?? text };
  if (DATE_TIME.test(text)) return { kind: 'text', text: formatDateTime(text, lang) ?? text };
  if (ENGLISH.has(field)) return { kind: 'text', text, content: true, lang: 'en' };
  if (GERMAN.has(field)) return { kind: 'text', text, content: true, lang: 'de' };
  return { kind: 'text', text, content: CONTENT.has(field) || !enumPrefix };
}

/** Objects (sources, evidence, approved snapshots, weights, legal references) as "label: value" items. */
function showObject(entityType: string, field: string, value: Record<string, unknown>, t: Translate, lang: string): Shown {
  if (field === 'sources' || 'url' in value) {
    const s = value as { url?: string; title?: string | null; field?: string | null; accessedOn?: string | null };
    const parts = [s.field && t('agreements.detail.sourceFor', { field: t(`field.${s.field}` as never, { defaultValue: s.field }) as string }),
      s.accessedOn && t('agreements.detail.accessed', { date: formatDate(s.accessedOn, lang) })].filter(Boolean);
    return {
      kind: 'list',
      items: [{ kind: 'text', text: s.title ? `${s.title} (${s.url})` : String(s.url ?? ''), content: true },
        ...parts.map((p) => ({ kind: 'text', text: String(p) }) as Shown)],
    };
  }
  if (field === 'weights') {
    return { kind: 'list', items: Object.entries(value).map(([group, w]) => ({ kind: 'text', text: `${group}: ${formatNumber(Number(w), lang, 3)}`, content: true })) };
  }
  const items: Shown[] = [];
  for (const [key, v] of Object.entries(value)) {
    const shown = showChange(entityType, key, v, t, lang);
    if (shown.kind === 'empty') continue;
    items.push({ kind: 'pair', label: changeFieldLabel(entityType, key, t), value: shown });
  }
  return items.length ? { kind: 'list', items } : { kind: 'empty' };
}

/** Plain text of a shown value (for tests and for places without markup). */
export function shownText(shown: Shown, empty: string): string {
  if (shown.kind === 'empty') return empty;
  if (shown.kind === 'text') return shown.text;
  if (shown.kind === 'pair') return `${shown.label}: ${shownText(shown.value, empty)}`;
  return shown.items.map((i) => shownText(i, empty)).join('; ');
}
