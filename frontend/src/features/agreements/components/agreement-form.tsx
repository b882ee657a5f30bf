import type { ComponentCode } from '@/config/enums';
import type { Messages } from '@/config/locales/de';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useQueryClient } from '@tanstack/react-query';
import { getAgreementQueryOptions, type AgreementView } from '@/features/agreements/api/get-agreement';
import { useCreateAgreement, type AgreementRequest } from '@/features/agreements/api/create-agreement';
import { useUpdateAgreement } from '@/features/agreements/api/update-agreement';
import type { CountryOption } from '@/features/agreements/components/country-option';
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, COMPONENTS, MINISTRIES, PARTY_LEVELS, isUnsigned } from '@/config/enums';
import { ApiError, type FieldError } from '@/lib/api-client';
import { hasChanges, useUnsavedChanges } from '@/lib/use-unsaved-changes';
import { UnsavedChangesDialog } from '@/components/ui/unsaved-changes-dialog';
import { ErrorMessage, Field } from '@/components/ui/field';
import { inFormOrder } from '@/lib/form-order';

type SourceState = { key: number; field: string; url: string; title: string; accessedOn: string };
type FormState = {
  countryIso2: string; type: string; titleDe: string; titleEn: string; titleOriginal: string; summaryDe: string; summaryEn: string;
  partyLevel: string; partyState: string; leadMinistry: string; involvedMinistries: string[]; responsibleDesk: string;
  status: string; dateSigned: string; dateInForce: string; dateEnd: string; nextReviewDue: string; plannedDate: string;
  components: string[]; textPublic: '' | 'true' | 'false'; digitalDataClauses: string; predecessorId: string;
  sources: SourceState[];
};
type TextField = { [K in keyof FormState]: FormState[K] extends string ? K : never }[keyof FormState];

let sourceKey = 0;
const newSource = (s?: Partial<SourceState>): SourceState => ({ field: '', url: '', title: '', accessedOn: '', ...s, key: ++sourceKey });

function toFormState(a?: AgreementView, country?: string): FormState {
  return {
    countryIso2: a?.countryIso2 ?? country ?? '', type: a?.type ?? '', titleDe: a?.titleDe ?? '', titleEn: a?.titleEn ?? '',
    titleOriginal: a?.titleOriginal ?? '', summaryDe: a?.summaryDe ?? '', summaryEn: a?.summaryEn ?? '', partyLevel: a?.partyLevel ?? 'DE_BILATERAL',
    partyState: a?.partyState ?? '', leadMinistry: a?.leadMinistry ?? '', involvedMinistries: a?.involvedMinistries ?? [],
    responsibleDesk: a?.responsibleDesk ?? '', status: a?.status ?? '', dateSigned: a?.dateSigned ?? '',
    dateInForce: a?.dateInForce ?? '', dateEnd: a?.dateEnd ?? '', nextReviewDue: a?.nextReviewDue ?? '', plannedDate: a?.plannedDate ?? '',
    components: a?.components ?? [], textPublic: a?.textPublic === true ? 'true' : a?.textPublic === false ? 'false' : '',
    digitalDataClauses: a?.digitalDataClauses ?? '', predecessorId: a?.predecessor ? String(a.predecessor.id) : '',
    sources: (a?.sources ?? []).map((s) => newSource({ field: s.field ?? '', url: s.url, title: s.title ?? '', accessedOn: s.accessedOn ?? '' })),
  };
}

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

function toRequest(f: FormState, version: number | undefined): AgreementRequest {
  return {
    version: version ?? null,
    countryIso2: f.countryIso2,
    type: orNull(f.type) as AgreementRequest['type'],
    titleDe: orNull(f.titleDe), titleEn: orNull(f.titleEn), titleOriginal: orNull(f.titleOriginal), summaryDe: orNull(f.summaryDe), summaryEn: orNull(f.summaryEn),
    partyLevel: f.partyLevel as AgreementRequest['partyLevel'],
    partyState: orNull(f.partyState), leadMinistry: orNull(f.leadMinistry), involvedMinistries: f.involvedMinistries,
    responsibleDesk: orNull(f.responsibleDesk),
    // Not chosen is sent as null, so the server asks to choose one (agreement.status.required), not "unknown status".
    status: orNull(f.status) as AgreementRequest['status'],
    dateSigned: orNull(f.dateSigned), dateInForce: orNull(f.dateInForce), dateEnd: orNull(f.dateEnd), nextReviewDue: orNull(f.nextReviewDue),
    // A planned date belongs to a negotiation: once the status moves on, it is no longer sent (the server would refuse it).
    plannedDate: isUnsigned(f.status) ? orNull(f.plannedDate) : null,
    components: f.components,
    textPublic: f.textPublic === '' ? null : f.textPublic === 'true',
    digitalDataClauses: orNull(f.digitalDataClauses),
    predecessorId: f.predecessorId.trim() === '' ? null : Number(f.predecessorId),
    sources: f.sources.map((s) => ({ field: orNull(s.field), url: s.url.trim(), title: orNull(s.title), accessedOn: orNull(s.accessedOn) })),
  };
}

/** `sources[0].url` → `f-sources-0-url`; list items such as `components[2]` point at their group. */
export function fieldId(field: string): string {
  return 'f-' + groupOf(field).replace(/\[(\d+)\]\.?/g, '-$1-').replace(/-$/, '');
}
const GROUPS = ['components', 'involvedMinistries'];
function groupOf(field: string): string {
  const group = GROUPS.find((g) => field.startsWith(g + '['));
  return group ?? field;
}

/** `initialCountry`: preselected partner country of a new instrument (e.g. from a country's page). */
type Props = { agreement?: AgreementView; countries: CountryOption[]; initialCountry?: string };

export function AgreementForm({ agreement, countries, initialCountry }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useCreateAgreement();
  const update = useUpdateAgreement();
  const [form, setForm] = useState(() => toFormState(agreement, initialCountry));
  // What the form was loaded with (or reloaded to): anything else is input that would be lost on leaving.
  const [baseline, setBaseline] = useState(form);
  const { blocker, release } = useUnsavedChanges(hasChanges(form, baseline));
  const [version, setVersion] = useState(agreement?.version);
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const saving = create.isPending || update.isPending;
  const uid = useId();
  const titleHint = `${uid}-title-hint`;

  const apiError = error instanceof ApiError ? error : undefined;
  const conflict = apiError?.isConflict ?? false;
  const fieldErrors: FieldError[] = apiError && !conflict ? apiError.problem.errors ?? [] : [];
  const errorFor = (name: string) => {
    const messages = fieldErrors.filter((e) => groupOf(e.field) === name).map((e) => e.message);
    return messages.length > 0 ? messages.join(' ') : undefined;
  };

  useEffect(() => {
    if (error) summaryRef.current?.focus();
  }, [error]);

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const toggle = (key: 'components' | 'involvedMinistries', value: string, on: boolean) =>
    setForm((f) => ({ ...f, [key]: on ? [...f[key], value] : f[key].filter((v) => v !== value) }));
  const setSource = (index: number, key: keyof Omit<SourceState, 'key'>, value: string) =>
    setForm((f) => ({ ...f, sources: f.sources.map((s, i) => (i === index ? { ...s, [key]: value } : s)) }));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setNotice(undefined);
    // A JSON number such as 1.5 would reach the server as instrument 1 (the binding truncates): refuse it here.
    if (form.predecessorId.trim() !== '' && !/^\d+$/.test(form.predecessorId.trim())) {
      setError(new ApiError({ title: t('agreements.form.errorSummary'), status: 400,
        errors: [{ field: 'predecessorId', message: t('fixes.predecessorWhole') }] }));
      return;
    }
    const request = toRequest(form, version);
    const options = {
      onSuccess: (view: AgreementView) => {
        release();
        void navigate(`/agreements/${view.id}`);
      },
      onError: (err: unknown) => setError(err),
    };
    setError(undefined);
    if (agreement) update.mutate({ id: agreement.id, request }, options);
    else create.mutate(request, options);
  }

  async function reloadCurrent() {
    if (!agreement) return;
    try {
      const current = await queryClient.fetchQuery({ ...getAgreementQueryOptions(agreement.id), staleTime: 0 });
      const reloaded = toFormState(current);
      setForm(reloaded);
      setBaseline(reloaded);
      setVersion(current.version);
      setError(undefined);
      setNotice(t('agreements.form.reloaded'));
    } catch (err) {
      setError(err);
    }
  }

  /** Props that tie an input to its label, hint and error message. */
  const control = (name: string, hint = false, extra: (string | false | undefined)[] = []) => {
    const id = fieldId(name);
    const describedBy = [hint && `${id}-hint`, errorFor(name) && `${id}-error`, ...extra].filter(Boolean).join(' ');
    return { id, name, 'aria-invalid': errorFor(name) ? true : undefined, 'aria-describedby': describedBy || undefined };
  };

  const text = (name: TextField, opts: { required?: boolean; hint?: string; multiline?: boolean; type?: string; label?: string; describedBy?: (string | false | undefined)[] } = {}) => (
    <Field id={fieldId(name)} label={opts.label ?? t(`field.${name}`)} required={opts.required} hint={opts.hint} error={errorFor(name)}>
      {opts.multiline ? (
        <textarea {...control(name, !!opts.hint, opts.describedBy)} rows={4} value={form[name]} onChange={(e) => set(name, e.target.value)} />
      ) : (
        <input {...control(name, !!opts.hint, opts.describedBy)} type={opts.type ?? 'text'} aria-required={opts.required || undefined}
          value={form[name]} onChange={(e) => set(name, e.target.value)} />
      )}
    </Field>
  );

  const select = (name: TextField, options: { value: string; label: string }[], opts: { required?: boolean; empty: string; hint?: string }) => (
    <Field id={fieldId(name)} label={t(`field.${name}`)} required={opts.required} hint={opts.hint} error={errorFor(name)}>
      <select {...control(name, !!opts.hint)} aria-required={opts.required || undefined} value={form[name]} onChange={(e) => set(name, e.target.value)}>
        <option value="">{opts.empty}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </Field>
  );

  const checkboxes = (name: 'components' | 'involvedMinistries', values: string[], label: (v: string) => string) => {
    const error = errorFor(name);
    const id = fieldId(name);
    return (
      <fieldset className={error ? 'fieldset has-error' : 'fieldset'} aria-describedby={error ? `${id}-error` : undefined}>
        <legend>{t(`field.${name}`)}</legend>
        {error && <ErrorMessage id={`${id}-error`} message={error} />}
        <div className="checkbox-grid">
          {values.map((v, i) => (
            <div className="checkbox" key={v}>
              <input id={i === 0 ? id : `${id}-${v}`} type="checkbox" checked={form[name].includes(v)} onChange={(e) => toggle(name, v, e.target.checked)} />
              <label htmlFor={i === 0 ? id : `${id}-${v}`}>{label(v)}</label>
            </div>
          ))}
        </div>
      </fieldset>
    );
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      <UnsavedChangesDialog blocker={blocker} />
      {conflict ? (
        <div className="alert alert--error" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby={`${uid}-conflict`}>
          <h2 id={`${uid}-conflict`} className="alert__title">{t('agreements.form.conflictTitle')}</h2>
          <p>{t('agreements.form.conflictText')}</p>
          {apiError?.problem.detail && <p>{apiError.problem.detail}</p>}
          <div className="button-row">
            <button type="button" className="button" onClick={() => void reloadCurrent()}>{t('agreements.form.conflictReload')}</button>
            {agreement && (
              <a className="button button--secondary" href={`/agreements/${agreement.id}`} target="_blank" rel="noopener noreferrer">
                {t('agreements.form.conflictView')}<span className="visually-hidden"> {t('common.newWindow')}</span>
              </a>
            )}
          </div>
        </div>
      ) : error ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby={`${uid}-summary`}>
          <h2 id={`${uid}-summary`}>{t('agreements.form.errorSummary')}</h2>
          {fieldErrors.length === 0 && (
            <p>{t('agreements.form.saveFailed')} {apiError?.problem.detail ?? ''}</p>
          )}
          <ul>
            {inFormOrder(fieldErrors, fieldId).map((e, i) => (
              <li key={`${e.field}-${i}`}>
                <a href={`#${fieldId(e.field)}`} onClick={(ev) => {
                  const target = document.getElementById(fieldId(e.field));
                  if (!target) return;
                  ev.preventDefault();
                  target.focus();
                  target.scrollIntoView?.({ block: 'center' });
                }}>
                  {fieldLabel(t, e.field)}: {e.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div role="status" className="notice">{notice}</div>

      <p className="hint">{t('agreements.form.intro')}</p>

      <fieldset className="form-section">
        <legend>{t('agreements.form.basics')}</legend>
        {select('countryIso2', countries.map((c) => ({ value: c.iso2, label: c.name })), { required: true, empty: t('agreements.form.choose') })}
        {select('type', AGREEMENT_TYPES.map((v) => ({ value: v, label: t(`type.${v}`) })), { empty: t('agreements.form.unknownOption') })}
        {/* The rule covers all three titles; the server reports a missing title on titleDe. */}
        <p className="hint" id={titleHint}>{t('agreements.form.titleHint')}</p>
        {text('titleDe', { describedBy: [titleHint] })}
        {text('titleEn', { describedBy: [titleHint, errorFor('titleDe') && `${fieldId('titleDe')}-error`] })}
        {text('titleOriginal', { describedBy: [titleHint, errorFor('titleDe') && `${fieldId('titleDe')}-error`] })}
        {text('summaryDe', { multiline: true })}
        {text('summaryEn', { multiline: true })}
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('agreements.form.parties')}</legend>
        {select('partyLevel', PARTY_LEVELS.map((v) => ({ value: v, label: t(`partyLevel.${v}`) })), { required: true, empty: t('agreements.form.choose') })}
        {select('partyState', countries.map((c) => ({ value: c.iso2, label: c.name })), { empty: '—', hint: t('agreements.form.partyStateHint') })}
        {select('leadMinistry', MINISTRIES.map((v) => ({ value: v, label: v })), { empty: t('agreements.form.unknownOption') })}
        {checkboxes('involvedMinistries', MINISTRIES, (v) => v)}
        {text('responsibleDesk')}
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('agreements.form.dates')}</legend>
        {select('status', AGREEMENT_STATUSES.map((v) => ({ value: v, label: t(`status.${v}`) })), { required: true, empty: t('agreements.form.choose') })}
        <div className="field-row">
          {text('dateSigned', { type: 'date' })}
          {text('dateInForce', { type: 'date' })}
          {text('dateEnd', { type: 'date' })}
          {text('nextReviewDue', { type: 'date' })}
          {(isUnsigned(form.status) || errorFor('plannedDate')) && text('plannedDate', { type: 'date', hint: t('planned.dateHint') })}
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('agreements.form.content')}</legend>
        {checkboxes('components', COMPONENTS, (v) => t(`component.${v as ComponentCode}`))}
        <fieldset className={errorFor('textPublic') ? 'fieldset has-error' : 'fieldset'}>
          <legend>{t('field.textPublic')}</legend>
          {errorFor('textPublic') && <ErrorMessage id={`${fieldId('textPublic')}-error`} message={errorFor('textPublic')!} />}
          <div className="radio-row">
            {([['true', t('common.yes')], ['false', t('common.no')], ['', t('common.unknown')]] as const).map(([value, label], i) => (
              <div className="checkbox" key={value}>
                <input id={i === 0 ? fieldId('textPublic') : `${fieldId('textPublic')}-${value || 'unknown'}`} type="radio" name="textPublic"
                  checked={form.textPublic === value} onChange={() => set('textPublic', value)} />
                <label htmlFor={i === 0 ? fieldId('textPublic') : `${fieldId('textPublic')}-${value || 'unknown'}`}>{label}</label>
              </div>
            ))}
          </div>
        </fieldset>
        {text('digitalDataClauses', { multiline: true })}
        {text('predecessorId', { type: 'number', hint: t('agreements.form.predecessorHint') })}
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('field.sources')}</legend>
        <p className="hint">{t('agreements.form.sourcesHint')}</p>
        {errorFor('sources') && <ErrorMessage id={`${fieldId('sources')}-error`} message={errorFor('sources')!} />}
        {form.sources.map((source, i) => (
          <fieldset className="source-group" key={source.key}>
            <legend>{t('agreements.form.source', { n: i + 1 })}</legend>
            {(['url', 'title', 'field', 'accessedOn'] as const).map((key) => {
              const name = `sources[${i}].${key}`;
              const labelKey = `field.source${key[0].toUpperCase()}${key.slice(1)}` as `field.source${Capitalize<typeof key>}`;
              return (
                <Field key={key} id={fieldId(name)} label={t(labelKey)} required={key === 'url'} error={errorFor(name)}>
                  {key === 'field' ? (
                    <select {...control(name)} value={source.field} onChange={(e) => setSource(i, 'field', e.target.value)}>
                      <option value="">—</option>
                      {SOURCE_FIELDS.map((f) => <option key={f} value={f}>{t(`field.${f}`)}</option>)}
                    </select>
                  ) : (
                    <input {...control(name)} type={key === 'url' ? 'url' : key === 'accessedOn' ? 'date' : 'text'}
                      aria-required={key === 'url' || undefined} value={source[key]} onChange={(e) => setSource(i, key, e.target.value)} />
                  )}
                </Field>
              );
            })}
            <button type="button" className="button button--secondary button--small"
              onClick={() => setForm((f) => ({ ...f, sources: f.sources.filter((_, j) => j !== i) }))}>
              {t('agreements.form.removeSource', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button type="button" className="button button--secondary" onClick={() => setForm((f) => ({ ...f, sources: [...f.sources, newSource()] }))}>
          + {t('agreements.form.addSource')}
        </button>
      </fieldset>

      <div className="button-row">
        <button type="submit" className="button" disabled={saving}>{saving ? t('agreements.form.saving') : t('agreements.form.save')}</button>
        <Link className="button button--secondary" to={agreement ? `/agreements/${agreement.id}` : '/agreements'}>{t('agreements.form.cancel')}</Link>
      </div>
    </form>
  );
}

const SOURCE_FIELDS: (keyof Messages['field'])[] = ['titleDe', 'type', 'status', 'dateSigned', 'dateInForce', 'dateEnd', 'components', 'textPublic', 'digitalDataClauses', 'summary'];

function fieldLabel(t: TFunction, field: string): string {
  const source = /^sources\[(\d+)\]\.(\w+)$/.exec(field);
  if (source) {
    const key = source[2];
    return `${t('agreements.form.source', { n: Number(source[1]) + 1 })} – ${t(`field.source${key[0].toUpperCase()}${key.slice(1)}`, { defaultValue: key })}`;
  }
  return t(`field.${groupOf(field)}`, { defaultValue: field });
}

