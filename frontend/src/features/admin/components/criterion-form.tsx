import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogCriterion, CatalogVersionDetail } from '@/features/admin/api/get-catalogs';
import { usePutCriterion, type CriterionRequest } from '@/features/admin/api/save-catalog';
import { Field } from '@/components/ui/field';
import { FieldPair, fieldErrorsOf, fieldId, messageFor, SaveError } from '@/features/admin/components/form-parts';
import { catalogName } from '@/utils/catalog';

const LEVELS = [0, 1, 2, 3] as const;

type Texts = { de: string; en: string };
/** One legal reference being edited; `key` only keeps React's list stable while references are removed. */
export type ReferenceForm = { key: number; instrument: string; provision: string; gist: Texts; verified: boolean; source: string };
export type CriterionFormState = {
  code: string; group: string; core: boolean; displayOrder: string;
  name: Texts; question: Texts; levels: Texts[]; keywords: Texts; references: ReferenceForm[];
};
type Reference = CatalogCriterion['legalReferences'][number];

let nextKey = 1;
const toReferenceForm = (r?: Reference): ReferenceForm => ({
  key: nextKey++, instrument: r?.instrument ?? '', provision: r?.provision ?? '',
  gist: { de: r?.gistDe ?? '', en: r?.gist ?? '' }, verified: r?.verifiedInSession ?? false, source: r?.source ?? '',
});

const list = (s: string) => s.split(/[,;\n]/).map((k) => k.trim()).filter(Boolean);

export function toCriterionForm(c?: CatalogCriterion, defaultGroup = ''): CriterionFormState {
  return {
    code: c?.id ?? '', group: c?.group ?? defaultGroup, core: c?.core ?? false, displayOrder: c ? String(c.displayOrder) : '',
    name: { de: c?.nameDe ?? '', en: c?.nameEn ?? '' },
    question: { de: c?.questionDe ?? '', en: c?.questionEn ?? '' },
    levels: LEVELS.map((i) => ({ de: c?.scaleDe?.[i] ?? '', en: c?.scaleEn[i] ?? '' })),
    keywords: { de: (c?.keywordsDe ?? []).join(', '), en: (c?.keywordsEn ?? []).join(', ') },
    references: (c?.legalReferences ?? []).map(toReferenceForm),
  };
}

/**
 * The PUT body. `scaleEn` holds the English level texts; the German ones go as `scaleDe` only when one is
 * filled in (empty entries are stored as missing; publishing asks for all of them). Legal references go
 * in the order shown, an empty German gist as missing.
 */
export function toCriterionRequest(f: CriterionFormState, existing?: CatalogCriterion, retired?: boolean): CriterionRequest {
  const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
  const scaleDe = f.levels.map((l) => l.de.trim());
  return {
    version: existing?.version ?? null,
    group: f.group,
    core: f.core,
    displayOrder: f.displayOrder.trim() === '' ? null : Number(f.displayOrder),
    nameEn: f.name.en.trim(), nameDe: orNull(f.name.de),
    questionEn: f.question.en.trim(), questionDe: orNull(f.question.de),
    scaleEn: f.levels.map((l) => l.en.trim()),
    ...(scaleDe.some(Boolean) ? { scaleDe } : {}),
    legalReferences: f.references.map((r) => ({
      instrument: r.instrument.trim(), provision: orNull(r.provision), gist: orNull(r.gist.en), gistDe: orNull(r.gist.de),
      verifiedInSession: r.verified, source: orNull(r.source),
    })),
    keywordsDe: list(f.keywords.de), keywordsEn: list(f.keywords.en),
    retired: retired ?? existing?.retired ?? false,
  };
}

type Props = {
  catalog: CatalogVersionDetail;
  criterion?: CatalogCriterion;
  onSaved: (code: string) => void;
  onCancel: () => void;
  onReload: () => void;
};

export function CriterionForm({ catalog, criterion, onSaved, onCancel, onReload }: Props) {
  const { t, i18n } = useTranslation();
  const save = usePutCriterion();
  const [form, setForm] = useState(() => toCriterionForm(criterion, catalog.groups[0]?.code));
  const [error, setError] = useState<unknown>();
  const prefix = `crit-${criterion?.id ?? 'new'}`;
  const errors = fieldErrorsOf(error);
  const set = (patch: Partial<CriterionFormState>) => setForm((f) => ({ ...f, ...patch }));
  const text = (key: 'name' | 'question' | 'keywords') => (language: 'de' | 'en', value: string) =>
    setForm((f) => ({ ...f, [key]: { ...f[key], [language]: value } }));

  const setReference = (i: number, patch: Partial<ReferenceForm>) =>
    setForm((f) => ({ ...f, references: f.references.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));
  const focusLater = (elementId: string) => setTimeout(() => document.getElementById(elementId)?.focus(), 0);

  const label = (field: string) => {
    const ref = /^legalReferences\[(\d+)\]\.(\w+)$/.exec(field);
    if (ref) {
      const part = ref[2] === 'gist' ? `${t('catalogEditor.gist')} (${t('admin.language.en')})`
        : ref[2] === 'gistDe' ? `${t('catalogEditor.gist')} (${t('admin.language.de')})` : t(`catalogEditor.${ref[2]}` as 'catalogEditor.instrument', { defaultValue: ref[2] });
      return `${t('catalogEditor.reference', { n: Number(ref[1]) + 1 })}, ${part}`;
    }
    const level = /^scale(De|En)?\[(\d)\]$/.exec(field);
    if (level) return `${t('catalogs.level', { n: level[2] })} (${t(`admin.language.${level[1] === 'De' ? 'de' : 'en'}`)})`;
    const key = field === 'criterionId' ? 'code' : field;
    return t(`catalogs.fields.${key}`, { defaultValue: field });
  };

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(undefined);
    const code = criterion?.id ?? form.code.trim();
    // mutateAsync: the refetch re-keys this form by version, and mutate's callbacks die with it.
    save.mutateAsync({ catalogId: catalog.id, code, request: toCriterionRequest(form, criterion) }).then(() => onSaved(code), setError);
  }

  return (
    <form className="form admin-form" noValidate onSubmit={submit}
      aria-label={criterion ? t('catalogs.editCriterion', { name: catalogName(criterion, i18n.language) }) : t('catalogs.addCriterion')}>
      <SaveError error={error} idPrefix={prefix} labelFor={label} onReload={onReload} />
      {!criterion && (
        <Field id={fieldId('criterionId', prefix)} label={t('catalogs.fields.code')} required hint={t('catalogs.codeHint')}
          error={messageFor(errors, 'criterionId')}>
          {(control) => <input {...control} type="text" value={form.code} onChange={(e) => set({ code: e.target.value.toUpperCase() })} />}
        </Field>
      )}
      <div className="field-row">
        <Field id={fieldId('group', prefix)} label={t('catalogs.fields.group')} required error={messageFor(errors, 'group')}>
          {(control) => (
            <select {...control} value={form.group} onChange={(e) => set({ group: e.target.value })}>
              {catalog.groups.map((g) => <option key={g.code} value={g.code}>{catalogName(g, i18n.language)}</option>)}
            </select>
          )}
        </Field>
        <Field id={fieldId('displayOrder', prefix)} label={t('catalogs.fields.displayOrder')} error={messageFor(errors, 'displayOrder')}>
          {(control) => <input {...control} type="number" min={1} max={999} value={form.displayOrder} onChange={(e) => set({ displayOrder: e.target.value })} />}
        </Field>
      </div>
      <div className="checkbox">
        <input id={fieldId('core', prefix)} type="checkbox" checked={form.core} onChange={(e) => set({ core: e.target.checked })} />
        <label htmlFor={fieldId('core', prefix)}>{t('catalogs.fields.core')}</label>
      </div>
      <FieldPair idPrefix={prefix} label={t('catalogs.fields.name')} names={{ de: 'nameDe', en: 'nameEn' }} values={form.name}
        onChange={text('name')} errors={errors} requiredEn />
      <FieldPair idPrefix={prefix} label={t('catalogs.fields.question')} names={{ de: 'questionDe', en: 'questionEn' }} values={form.question}
        onChange={text('question')} errors={errors} requiredEn multiline />
      {LEVELS.map((i) => (
        <FieldPair key={i} idPrefix={prefix} label={t('catalogs.level', { n: i })} names={{ de: `scaleDe[${i}]`, en: `scale[${i}]` }}
          values={form.levels[i]} errors={errors} requiredEn multiline
          onChange={(language, value) => setForm((f) => ({ ...f, levels: f.levels.map((l, j) => (j === i ? { ...l, [language]: value } : l)) }))} />
      ))}
      <FieldPair idPrefix={prefix} label={t('catalogs.fields.keywords')} names={{ de: 'keywordsDe', en: 'keywordsEn' }} values={form.keywords}
        onChange={text('keywords')} errors={errors} />
      <p className="hint">{t('catalogs.keywordsHint')}</p>
      <fieldset className="fieldset" id={fieldId('legalReferences', prefix)} tabIndex={-1}>
        <legend>{t('catalogs.fields.legalReferences')}</legend>
        {form.references.length === 0 && <p className="hint">{t('catalogEditor.noReferences')}</p>}
        {form.references.map((r, i) => {
          const at = `legalReferences[${i}]`;
          const title = t('catalogEditor.reference', { n: i + 1 });
          return (
            <fieldset key={r.key} className="fieldset legal-reference-form">
              <legend>{title}{r.instrument.trim() && <>: <span translate="no">{r.instrument}</span></>}</legend>
              <div className="field-row">
                <Field id={fieldId(`${at}.instrument`, prefix)} label={t('catalogEditor.instrument')} required error={messageFor(errors, `${at}.instrument`)}>
                  {(control) => <input {...control} type="text" value={r.instrument} onChange={(e) => setReference(i, { instrument: e.target.value })} />}
                </Field>
                <Field id={fieldId(`${at}.provision`, prefix)} label={t('catalogEditor.provision')} error={messageFor(errors, `${at}.provision`)}>
                  {(control) => <input {...control} type="text" value={r.provision} onChange={(e) => setReference(i, { provision: e.target.value })} />}
                </Field>
              </div>
              <FieldPair idPrefix={prefix} label={t('catalogEditor.gist')} names={{ de: `${at}.gistDe`, en: `${at}.gist` }} values={r.gist}
                errors={errors} multiline onChange={(language, value) => setReference(i, { gist: { ...r.gist, [language]: value } })} />
              <Field id={fieldId(`${at}.source`, prefix)} label={t('catalogEditor.source')} hint={t('catalogEditor.sourceHint')} error={messageFor(errors, `${at}.source`)}>
                {(control) => <input {...control} type="url" value={r.source} onChange={(e) => setReference(i, { source: e.target.value })} />}
              </Field>
              <div className="checkbox">
                <input id={fieldId(`${at}.verifiedInSession`, prefix)} type="checkbox" checked={r.verified}
                  onChange={(e) => setReference(i, { verified: e.target.checked })} />
                <label htmlFor={fieldId(`${at}.verifiedInSession`, prefix)}>{t('catalogEditor.verifiedInSession')}</label>
              </div>
              <button type="button" className="button button--secondary button--small" onClick={() => {
                setForm((f) => ({ ...f, references: f.references.filter((_, j) => j !== i) }));
                focusLater(`${prefix}-add-reference`);
              }}>{t('catalogEditor.removeReference')}<span className="visually-hidden"> – {title}</span></button>
            </fieldset>
          );
        })}
        <button type="button" className="button button--secondary" id={`${prefix}-add-reference`} onClick={() => {
          const i = form.references.length;
          setForm((f) => ({ ...f, references: [...f.references, toReferenceForm()] }));
          focusLater(fieldId(`legalReferences[${i}].instrument`, prefix));
        }}>+ {t('catalogEditor.addReference')}</button>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>{t('catalogs.saveCriterion')}</button>
        <button type="button" className="button button--secondary" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
