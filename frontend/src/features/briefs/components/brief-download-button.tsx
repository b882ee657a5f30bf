import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDownloadBrief, type BriefRequest } from '@/features/briefs/api/download-brief';
import { ApiError } from '@/lib/api-client';

/**
 * "Länderkurzbericht (PDF)": the one-page brief for the briefing folder. The button stays in place while the server
 * makes the PDF (busy, with a spoken status), then says the file is there or why it is not.
 */
export function BriefDownloadButton({ request, label }: { request: BriefRequest; label: string }) {
  const { t } = useTranslation();
  const download = useDownloadBrief();
  const statusId = useId();
  const error = download.error instanceof ApiError ? download.error : undefined;
  return (
    <div className="brief-download">
      <button type="button" className="button button--secondary" aria-busy={download.isPending} disabled={download.isPending}
        aria-describedby={statusId} onClick={() => download.mutate(request)}>
        {download.isPending ? t('brief.preparing') : label}
      </button>
      <p id={statusId} className="hint" role="status" aria-live="polite">
        {download.isPending ? t('brief.preparing') : download.isSuccess ? t('brief.done', { file: download.data }) : t('brief.hint')}
      </p>
      {download.isError && (
        <p className="alert alert--error" role="alert">
          {t('brief.failed')} {error?.status ? error.message : t('brief.unreachable')}
        </p>
      )}
    </div>
  );
}
