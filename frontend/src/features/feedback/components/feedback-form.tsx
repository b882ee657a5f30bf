import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSendFeedback } from '@/features/feedback/api/send-feedback';
import { Field } from '@/components/ui/field';
import { ApiError } from '@/lib/api-client';

type Form = { message: string; page: string; contact: string };
const EMPTY: Form = { message: '', page: '', contact: '' };

/** The feedback mechanism of BITV 2.0 § 7: a message about a barrier, sent without signing in. */
export function FeedbackForm() {
  const { t } = useTranslation();
  const send = useSendFeedback();
  const [form, setForm] = useState<Form>(EMPTY);
  const [sent, setSent] = useState(false);
  const p = useId();
  const status = useRef<HTMLParagraphElement>(null);
  const error = send.error;
  const apiError = error instanceof ApiError ? error : undefined;
  const errorFor = (field: keyof Form) => apiError?.fieldMessage(field);
  const general = error && !(apiError?.problem.errors?.length) ? (apiError && apiError.status !== 0 && apiError.problem.detail ? apiError.problem.detail : t('auth.unreachable')) : undefined;

  const set = (key: keyof Form, value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    setSent(false);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate({ message: form.message, page: form.page || undefined, contact: form.contact || undefined }, {
      onSuccess: () => {
        setForm(EMPTY);
        setSent(true);
        setTimeout(() => status.current?.focus(), 0);
      },
      onError: (err) => {
        const first = err instanceof ApiError ? err.problem.errors?.[0]?.field : undefined;
        if (first && first in EMPTY) setTimeout(() => document.getElementById(`${p}-${first}`)?.focus(), 0);
      },
    });
  };

  return (
    <form className="form feedback-form" onSubmit={submit} noValidate aria-labelledby={`${p}-title`}>
      <h2 id={`${p}-title`}>{t('a11yFeedback.formTitle')}</h2>
      <p>{t('a11yFeedback.formIntro')}</p>
      {sent && <p className="notice" role="status" tabIndex={-1} ref={status}>{t('a11yFeedback.sent')}</p>}
      {general && <p className="alert alert--error" role="alert">{general}</p>}
      <Field id={`${p}-message`} label={t('a11yFeedback.message')} hint={t('a11yFeedback.messageHint')} error={errorFor('message')} required announceRequired>
        {(control) => <textarea {...control} rows={6} maxLength={4000} value={form.message} onChange={(e) => set('message', e.target.value)} />}
      </Field>
      <Field id={`${p}-page`} label={t('a11yFeedback.page')} hint={t('a11yFeedback.pageHint')} error={errorFor('page')}>
        {(control) => <input {...control} type="text" maxLength={500} value={form.page} onChange={(e) => set('page', e.target.value)} />}
      </Field>
      <Field id={`${p}-contact`} label={t('a11yFeedback.contact')} hint={t('a11yFeedback.contactHint')} error={errorFor('contact')}>
        {(control) => <input {...control} type="text" autoComplete="email" maxLength={200} value={form.contact} onChange={(e) => set('contact', e.target.value)} />}
      </Field>
      <div className="button-row">
        <button type="submit" className="button" disabled={send.isPending}>{send.isPending ? t('a11yFeedback.sending') : t('a11yFeedback.send')}</button>
      </div>
    </form>
  );
}
