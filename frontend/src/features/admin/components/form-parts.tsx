import { useEffect, useRef } from 'react';
import { Field } from '@/components/ui/field';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldError } from '@/lib/api-client';
import { inFormOrder } from '@/lib/form-order';

/** `scale[2]` → `f-scale-2`, `weights.GOV` → `f-weights-GOV`; the id the server's field path points at. */
export function fieldId(field: string, prefix = 'f'): string {
  return `${prefix}-${field.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
}

/** Field errors of a failed save; a conflict (409) has none, it is shown as a whole. */
export function fieldErrorsOf(error: unknown): FieldError[] {
  return error instanceof ApiError && !error.isConflict ? error.problem.errors ?? [] : [];
}

/** The messages the server gave for one field (or for items of a list field such as `roles[0]`), joined. */
export function messageFor(errors: FieldError[], field: string): string | undefined {
  const messages = errors.filter((e) => e.field === field || e.field.startsWith(field + '[') || e.field.endsWith('.' + field)).map((e) => e.message);
  return messages.length > 0 ? messages.join(' ') : undefined;
}

type PairProps = {
  /** Server field names of the German and the English text, e.g. `nameDe` / `nameEn`. */
  names: { de: string; en: string };
  label: string;
  values: { de: string; en: string };
  onChange: (language: 'de' | 'en', value: string) => void;
  errors: FieldError[];
  idPrefix: string;
  multiline?: boolean;
  requiredEn?: boolean;
  requiredDe?: boolean;
};

/** One text in both languages, German first and English beside it; wraps to one column on narrow screens. */
export function FieldPair({ names, label, values, onChange, errors, idPrefix, multiline, requiredEn, requiredDe }: PairProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="field-pair">
      <legend>{label}</legend>
      {(['de', 'en'] as const).map((language) => (
        <Field key={language} id={fieldId(names[language], idPrefix)} label={t(`admin.language.${language}`)} lang={language}
          required={language === 'en' ? requiredEn : requiredDe} error={messageFor(errors, names[language])}>
          {(control) => multiline
            ? <textarea {...control} rows={3} value={values[language]} onChange={(e) => onChange(language, e.target.value)} />
            : <input {...control} type="text" value={values[language]} onChange={(e) => onChange(language, e.target.value)} />}
        </Field>
      ))}
    </fieldset>
  );
}

type SummaryProps = {
  error: unknown;
  /** The label shown for a field the server names. */
  labelFor: (field: string) => string;
  idPrefix: string;
  onReload?: () => void;
};

/**
 * What went wrong with a save, at the top of the form, focused when it appears: field errors as links to
 * their fields; a conflict (409) as "changed meanwhile" with a reload; anything else with the server's detail.
 */
export function SaveError({ error, labelFor, idPrefix, onReload }: SummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : undefined;
  const titleId = `${idPrefix}-error-title`;
  if (apiError?.isConflict) {
    return (
      <div className="alert alert--error" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
        <h3 id={titleId} className="alert__title">{t('admin.conflictTitle')}</h3>
        <p>{t('admin.conflictText')}</p>
        {apiError.problem.detail && <p>{apiError.problem.detail}</p>}
        {onReload && <button type="button" className="button" onClick={onReload}>{t('admin.reload')}</button>}
      </div>
    );
  }
  const errors = inFormOrder(fieldErrorsOf(error), (field) => fieldId(field, idPrefix));
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <h3 id={titleId}>{t('agreements.form.errorSummary')}</h3>
      {errors.length === 0 && <p>{t('admin.saveFailed')} {apiError?.problem.detail ?? ''}</p>}
      <ul>
        {errors.map((e, i) => (
          <li key={`${e.field}-${i}`}>
            <a href={`#${fieldId(e.field, idPrefix)}`} onClick={(ev) => {
              const target = document.getElementById(fieldId(e.field, idPrefix))
                ?? document.getElementById(fieldId(e.field.replace(/\[\d+\]$/, ''), idPrefix));
              if (!target) return;
              ev.preventDefault();
              target.focus();
            }}>
              {labelFor(e.field)}: {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
