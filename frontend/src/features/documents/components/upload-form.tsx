import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUploadDocument } from '@/features/documents/api/upload-document';
import { documentTitle } from '@/features/documents/document-title';
import { ApiError } from '@/lib/api-client';

const KINDS = ['SIGNED_TEXT', 'TRANSLATION', 'AMENDMENT', 'SUMMARY'] as const;
const CLASSIFICATIONS = ['OFFEN', 'VS_NFD'] as const;

/** Upload of a file or pasted text with its metadata; the server's field errors appear at their fields. */
export function UploadForm({ agreementId, onDone }: { agreementId: number; onDone: (notice: string) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [mode, setMode] = useState<'file' | 'text'>('file');
  const [progress, setProgress] = useState<number | null>(null);
  const [localError, setLocalError] = useState<{ field: string; message: string } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const upload = useUploadDocument(setProgress);
  const serverError = upload.error instanceof ApiError ? upload.error : null;

  const errorFor = (field: string) => (localError?.field === field ? localError.message : serverError?.fieldMessage(field));
  const control = (name: string, hint?: boolean) => {
    const error = errorFor(name);
    const describedBy = [hint ? `${id}-${name}-hint` : '', error ? `${id}-${name}-error` : ''].filter(Boolean).join(' ');
    return { id: `${id}-${name}`, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined };
  };
  const fieldError = (name: string) => {
    const error = errorFor(name);
    return error ? <p className="field-error" id={`${id}-${name}-error`}>{error}</p> : null;
  };
  const fieldClass = (name: string) => (errorFor(name) ? 'field has-error' : 'field');

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const file = fileRef.current?.files?.[0] ?? null;
    const text = String(data.get('text') ?? '');
    setLocalError(null);
    upload.reset();
    if (mode === 'file' && !file) {
      setLocalError({ field: 'file', message: t('documents.upload.chooseFile') });
      return;
    }
    if (mode === 'text' && !text.trim()) {
      setLocalError({ field: 'text', message: t('documents.upload.enterText') });
      return;
    }
    setProgress(0);
    upload.mutate(
      {
        agreementId,
        kind: String(data.get('kind') ?? ''),
        language: String(data.get('language') ?? '').trim().toLowerCase(),
        versionDate: String(data.get('versionDate') ?? ''),
        source: String(data.get('source') ?? ''),
        classification: String(data.get('classification') ?? ''),
        title: String(data.get('title') ?? ''),
        file: mode === 'file' ? file : null,
        text: mode === 'text' ? text : undefined,
      },
      {
        onSuccess: (doc) => {
          formRef.current?.reset();
          setMode('file');
          onDone(t('documents.upload.done', { title: documentTitle(doc, t(`documents.kind.${doc.kind}`), i18n.language) }));
        },
        onError: () => summaryRef.current?.focus(),
        onSettled: () => setProgress(null),
      },
    );
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('documents.upload.heading')}</h3>
      {serverError && (
        <div ref={summaryRef} tabIndex={-1} className="alert alert--error" role="alert">
          <p className="alert__title">{t('documents.upload.errorSummary')}</p>
          <p>{serverError.problem.detail ?? serverError.problem.title}</p>
        </div>
      )}
      <fieldset className="fieldset">
        <legend>{t('documents.upload.source')}</legend>
        <div className="radio-row">
          <label className="checkbox">
            <input type="radio" name="mode" value="file" checked={mode === 'file'} onChange={() => setMode('file')} />
            {t('documents.upload.fromFile')}
          </label>
          <label className="checkbox">
            <input type="radio" name="mode" value="text" checked={mode === 'text'} onChange={() => setMode('text')} />
            {t('documents.upload.fromText')}
          </label>
        </div>
      </fieldset>
      {mode === 'file' ? (
        <div className={fieldClass('file')}>
          <label htmlFor={`${id}-file`}>{t('documents.upload.file')}</label>
          <p className="hint" id={`${id}-file-hint`}>{t('documents.upload.fileHint')}</p>
          <input ref={fileRef} type="file" {...control('file', true)}
            accept=".pdf,.docx,.odt,.html,.htm,.txt,application/pdf,text/html,text/plain" />
          {fieldError('file')}
        </div>
      ) : (
        <div className={fieldClass('text')}>
          <label htmlFor={`${id}-text`}>{t('documents.upload.text')}</label>
          <p className="hint" id={`${id}-text-hint`}>{t('documents.upload.textHint')}</p>
          <textarea rows={10} {...control('text', true)} />
          {fieldError('text')}
        </div>
      )}
      <div className="field-row">
        <div className={fieldClass('kind')}>
          <label htmlFor={`${id}-kind`}>{t('documents.upload.kind')}</label>
          <select {...control('kind')} defaultValue="SIGNED_TEXT">
            {KINDS.map((k) => <option key={k} value={k}>{t(`documents.kind.${k}`)}</option>)}
          </select>
          {fieldError('kind')}
        </div>
        <div className={fieldClass('language')}>
          <label htmlFor={`${id}-language`}>{t('documents.upload.language')}</label>
          <p className="hint" id={`${id}-language-hint`}>{t('documents.upload.languageHint')}</p>
          <input type="text" {...control('language', true)} defaultValue={i18n.language.slice(0, 2)} maxLength={2} size={4}
            autoComplete="off" spellCheck={false} />
          {fieldError('language')}
        </div>
        <div className={fieldClass('versionDate')}>
          <label htmlFor={`${id}-versionDate`}>{t('documents.upload.versionDate')}</label>
          <input type="date" {...control('versionDate')} />
          {fieldError('versionDate')}
        </div>
      </div>
      <div className={fieldClass('classification')}>
        <label htmlFor={`${id}-classification`}>{t('documents.upload.classification')}</label>
        <select {...control('classification')} defaultValue="OFFEN">
          {CLASSIFICATIONS.map((c) => <option key={c} value={c}>{t(`documents.classification.${c}`)}</option>)}
        </select>
        {fieldError('classification')}
      </div>
      <div className={fieldClass('source')}>
        <label htmlFor={`${id}-source`}>{t('documents.upload.sourceField')}</label>
        <input type="text" {...control('source')} maxLength={2000} />
        {fieldError('source')}
      </div>
      <div className={fieldClass('title')}>
        <label htmlFor={`${id}-title`}>{t('documents.upload.title')}</label>
        <input type="text" {...control('title')} maxLength={500} />
        {fieldError('title')}
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={upload.isPending}>{t('documents.upload.submit')}</button>
        {progress !== null && (
          <span role="status">
            <label htmlFor={`${id}-progress`} className="visually-hidden">{t('documents.upload.progress')}</label>
            <progress id={`${id}-progress`} max={1} value={progress} /> {t('documents.upload.uploading', { percent: Math.round(progress * 100) })}
          </span>
        )}
      </div>
    </form>
  );
}
