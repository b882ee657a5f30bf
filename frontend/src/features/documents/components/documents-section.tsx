import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocuments, type DocumentSummary } from '@/features/documents/api/get-documents';
import { useArchiveDocument } from '@/features/documents/api/archive-document';
import { ClassificationBadge } from '@/features/documents/components/classification-badge';
import { UploadForm } from '@/features/documents/components/upload-form';
import { documentTitle } from '@/features/documents/document-title';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { TableScroll } from '@/components/ui/table-scroll';
import { ApiError } from '@/lib/api-client';
import { formatDate, formatDateTime } from '@/utils/format';
import { languageName } from '@/features/documents/language-name';

/** The "Dokumente" section of an instrument: its documents with their state, upload and archiving. */
export function DocumentsSection({ agreementId, canEdit }: { agreementId: number; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, isError, error, refetch } = useDocuments(agreementId);
  const archive = useArchiveDocument();
  const [confirming, setConfirming] = useState<DocumentSummary | null>(null);
  const [notice, setNotice] = useState('');

  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('documents.heading')}</h2>
      <p>{t('documents.intro')}</p>
      <div role="status" className="notice">{notice}</div>
      {archive.error && (
        <div className="alert alert--error" role="alert">
          <p>{t('documents.actionFailed')} {archive.error instanceof ApiError ? archive.error.problem.detail ?? archive.error.problem.title : String(archive.error)}</p>
        </div>
      )}
      {data ? (
        data.length === 0 ? (
          <p className="empty-state">{t('documents.empty')}</p>
        ) : (
          <TableScroll label={t('documents.tableLabel')}>
            <table className="table table--compact">
              <caption className="visually-hidden">{t('documents.tableLabel')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('documents.col.title')}</th>
                  <th scope="col">{t('documents.col.kind')}</th>
                  <th scope="col">{t('documents.col.language')}</th>
                  <th scope="col">{t('documents.col.versionDate')}</th>
                  <th scope="col">{t('documents.col.classification')}</th>
                  <th scope="col">{t('documents.col.state')}</th>
                  <th scope="col">{t('documents.col.uploaded')}</th>
                  <th scope="col">{t('documents.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {data.map((d) => {
                  const title = documentTitle(d, t(`documents.kind.${d.kind}`), lang);
                  return (
                    <tr key={d.id}>
                      <th scope="row">
                        <Link to={`/instruments/${agreementId}/documents/${d.id}`} aria-label={t('documents.openNamed', { title })}>
                          <span translate="no">{title}</span>
                        </Link>
                      </th>
                      <td>{t(`documents.kind.${d.kind}`)}</td>
                      <td>{languageName(d.language, lang)}</td>
                      <td className="nowrap">{formatDate(d.versionDate, lang)}</td>
                      <td><ClassificationBadge classification={d.classification} /></td>
                      <td>
                        <span className={d.state === 'CURRENT' ? 'badge badge--in-force' : 'badge badge--archived'}>
                          {t(`documents.state.${d.state}`)}
                        </span>
                      </td>
                      <td>{t('documents.uploadedBy', { time: formatDateTime(d.uploadedAt, lang), user: d.uploadedBy })}</td>
                      <td>
                        <div className="button-row">
                          <a className="button button--secondary button--small" href={`/api/documents/${d.id}/original`} download>
                            {t('documents.download')}
                          </a>
                          {canEdit && d.state !== 'ARCHIVED' && (
                            <button type="button" className="button button--warning button--small" aria-label={t('documents.archiveNamed', { title })}
                              onClick={() => setConfirming(d)}>
                              {t('documents.archive')}
                            </button>
                          )}
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )
      ) : isError ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <Loading />
      )}
      {confirming && (
        <ConfirmDialog
          open
          title={t('documents.confirmArchiveTitle')}
          text={t('documents.confirmArchiveText')}
          confirmLabel={t('documents.archive')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            const d = confirming;
            setConfirming(null);
            archive.mutate({ id: d.id, version: d.version }, { onSuccess: () => setNotice(t('documents.archiveDone')) });
          }}
        />
      )}
      {canEdit && <UploadForm agreementId={agreementId} onDone={setNotice} />}
    </section>
  );
}
