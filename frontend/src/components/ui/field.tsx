import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What ties a control to its label, hint and error, for a Field whose children are a render function. */
export type FieldControl = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string; 'aria-required'?: true };

type FieldProps = {
  id: string;
  label: string;
  required?: boolean;
  /** Also says "required" to screen readers in words, beside the visual asterisk. */
  announceRequired?: boolean;
  hint?: string;
  error?: string;
  /** Language of the control's content (WCAG 3.1.2), for render-function children. */
  lang?: string;
  /** The control: either ready (it sets its own id and aria props) or a function given the props that tie it. */
  children: ReactNode | ((control: FieldControl) => ReactNode);
};

/** One form field: label, hint, error and control, the same way on every form. */
export function Field({ id, label, required, announceRequired, hint, error, lang, children }: FieldProps) {
  const { t } = useTranslation();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required" aria-hidden="true"> *</span>}
        {required && announceRequired && <span className="visually-hidden"> ({t('common.required')})</span>}
      </label>
      {hint && <p className="hint" id={`${id}-hint`}>{hint}</p>}
      {error && <ErrorMessage id={`${id}-error`} message={error} />}
      {typeof children === 'function' ? (
        <span lang={lang} className="field__control">
          {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, 'aria-required': required || undefined })}
        </span>
      ) : children}
    </div>
  );
}

export function ErrorMessage({ id, message }: { id: string; message: string }) {
  const { t } = useTranslation();
  return (
    <p className="field-error" id={id}>
      <span className="visually-hidden">{t('agreements.form.errorPrefix')} </span>{message}
    </p>
  );
}
