import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Loading } from '@/components/ui/loading';
import { ApiError } from '@/lib/api-client';
import { usePublishRelease, useReleases } from '@/features/import/api/open-data';

/** The kept open-data releases with their downloads, and "Neue Veröffentlichung" behind a confirmation. */
export function OpenDataAdmin({ canPublish }: { canPublish: boolean }) {
  const { t, i18n } = useTranslation();
  const releases = useReleases(0);
  const publish = usePublishRelease();
  const [confirming, setConfirming] = useState(false);
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language);
  return (
    <>
      <p>{t('import.openData.intro')}</p>
      {canPublish && (
        <div className="button-row">
          <button type="button" className="button" disabled={publish.isPending} onClick={() => setConfirming(true)}>{t('import.openData.publish')}</button>
        </div>
      )}
      <div aria-live="polite">
        {publish.isPending && <p className="alert" role="status">{t('import.openData.publishing')}</p>}
        {publish.isSuccess && <p className="alert alert--success" role="status">{t('import.openData.published', { id: publish.data.id })}</p>}
        {publish.error && <p className="alert alert--error" role="alert">{publish.error instanceof ApiError ? publish.error.problem.detail ?? publish.error.message : t('import.failed')}</p>}
      </div>
      {releases.isPending ? <Loading /> : releases.isError ? <p className="alert alert--error">{t('common.error')}</p> : releases.data.content.length === 0
        ? <p>{t('import.openData.empty')}</p>
        : (
          <table className="table">
            <caption>{t('import.openData.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.openData.release')}</th><th scope="col">{t('import.openData.releasedOn')}</th>
                <th scope="col">{t('import.openData.catalog')}</th><th scope="col">{t('import.openData.instruments')}</th>
                <th scope="col">{t('import.openData.ratings')}</th><th scope="col">{t('import.openData.checksum')}</th>
                <th scope="col">{t('import.openData.download')}</th>
              </tr>
            </thead>
            <tbody>
              {releases.data.content.map((r) => (
                <tr key={r.id}>
                  <td>{r.id}</td><td>{date(r.releasedOn)}</td><td>{r.catalogLabel}</td><td>{r.instrumentCount}</td><td>{r.ratingCount}</td>
                  <td><code title={r.sha256}>{r.sha256.slice(0, 12)}…</code></td>
                  <td><a href={r.download} download>{t('import.openData.downloadZip', { id: r.id })}</a></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      <ConfirmDialog open={confirming} title={t('import.openData.confirmTitle')} text={t('import.openData.confirmText')} tone="primary"
        confirmLabel={t('import.openData.confirm')} cancelLabel={t('common.cancel')}
        onConfirm={() => { setConfirming(false); publish.mutate(); }} onCancel={() => setConfirming(false)} />
    </>
  );
}
