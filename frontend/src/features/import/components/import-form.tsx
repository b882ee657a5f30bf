import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { TableScroll } from '@/components/ui/table-scroll';
import { ApiError } from '@/lib/api-client';
import { rejectedReport, useImportAgreements, type ImportReport } from '@/features/import/api/import-agreements';

/** The UI's label of a field the report names; the field's own name where the UI has no label (e.g. `row`, `file`). */
function useFieldLabel() {
  const { t, i18n } = useTranslation();
  return (field: string) => {
    const base = field.replace(/\[\d+\]$/, '');
    const key = `field.${base}`;
    if (base === 'row') return t('import.rowField');
    if (base === 'file') return t('import.fileField');
    return i18n.exists(key) ? t(key as 'field.id') : field;
  };
}

/** Upload, dry-run report (row, field, message) and the import itself after a confirmation. */
export function ImportForm() {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [done, setDone] = useState<ImportReport | null>(null);
  const [confirming, setConfirming] = useState(false);
  const mutation = useImportAgreements();
  const fileError = mutation.error instanceof ApiError && mutation.error.status !== 422
    ? mutation.error.problem.errors?.map((e) => e.message).join(' ') || mutation.error.problem.detail || t('import.failed')
    : undefined;

  function check(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setDone(null);
    setReport(null);
    mutation.mutate({ file, dryRun: true }, { onSuccess: setReport });
  }

  function runImport() {
    setConfirming(false);
    if (!file) return;
    mutation.mutate({ file, dryRun: false }, {
      onSuccess: (r) => { setDone(r); setReport(null); },
      onError: (e) => { const r = rejectedReport(e); if (r) setReport(r); },
    });
  }

  const valid = report && report.rows.length === 0 && report.created + report.updated > 0;
  return (
    <>
      <p>{t('import.intro')}</p>
      <p>
        {t('import.template')}{' '}
        <a href="/api/agreements/import/template?format=xlsx&lang=de" download>{t('import.templateXlsx')}</a>{' · '}
        <a href="/api/agreements/import/template?format=csv&lang=de" download>{t('import.templateCsv')}</a>{' · '}
        <a href="/api/agreements/import/template?format=xlsx&lang=en" download>{t('import.templateXlsxEn')}</a>
      </p>
      <form onSubmit={check} noValidate>
        <div className="field">
          <label htmlFor={fileId}>{t('import.file')}</label>
          <input id={fileId} type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${fileId}-hint`} aria-invalid={fileError ? true : undefined}
            onChange={(e) => { setFile(e.target.files?.[0] ?? null); setReport(null); setDone(null); mutation.reset(); }} />
          <p className="hint" id={`${fileId}-hint`}>{t('import.fileHint')}</p>
        </div>
        <div className="button-row">
          <button type="submit" className="button" disabled={!file || mutation.isPending}>{t('import.check')}</button>
          <button type="button" className="button button--warning" disabled={!valid || mutation.isPending} onClick={() => setConfirming(true)}>
            {t('import.run')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {mutation.isPending && <p className="alert" role="status"><progress aria-label={t('import.running')} /> {t('import.running')}</p>}
        {fileError && <p className="alert alert--error" role="alert">{fileError}</p>}
        {done && <p className="alert alert--success" role="status">{t('import.done', { created: done.created, updated: done.updated, unchanged: done.unchanged })}</p>}
      </div>
      {report && (
        <section aria-labelledby="import-report">
          <h2 id="import-report">{report.dryRun && report.rows.length === 0 ? t('import.reportTitle') : t('import.reportTitle')}</h2>
          <p role="status">
            {t('import.counts', { total: report.total, created: report.created, updated: report.updated, unchanged: report.unchanged, faulty: report.rows.length })}
          </p>
          {report.rows.length === 0
            ? <p className="alert alert--success">{t('import.noErrors')}</p>
            : (
              <TableScroll label={t('import.errorsCaption')}>
              <table className="table">
                <caption>{t('import.errorsCaption')}</caption>
                <thead><tr><th scope="col">{t('import.row')}</th><th scope="col">{t('field.externalRef')}</th><th scope="col">{t('import.field')}</th><th scope="col">{t('import.message')}</th></tr></thead>
                <tbody>
                  {report.rows.flatMap((row) => row.errors.map((e, i) => (
                    <tr key={`${row.row}-${e.field}-${i}`}>
                      <td>{row.row}</td><td>{row.externalRef ?? ''}</td><td>{label(e.field)}</td><td>{e.message}</td>
                    </tr>
                  )))}
                </tbody>
              </table>
              </TableScroll>
            )}
        </section>
      )}
      <ConfirmDialog open={confirming} title={t('import.confirmTitle')} tone="primary"
        text={t('import.confirmText', { created: report?.created ?? 0, updated: report?.updated ?? 0 })}
        confirmLabel={t('import.confirm')} cancelLabel={t('common.cancel')} onConfirm={runImport} onCancel={() => setConfirming(false)} />
    </>
  );
}
