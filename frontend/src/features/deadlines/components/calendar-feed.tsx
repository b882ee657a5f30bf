import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCalendarFeed, useRevokeCalendarFeed } from '@/features/deadlines/api/calendar-feed';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { QueryError } from '@/components/ui/query-error';
import { Loading } from '@/components/ui/loading';

/**
 * The personal calendar subscription: made on request, its URL shown once (the server keeps only a hash of
 * the token), revoked after a confirmation.
 */
export function CalendarFeed() {
  const { t } = useTranslation();
  const [wanted, setWanted] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string>();
  const feed = useCalendarFeed({ enabled: wanted });
  const revoke = useRevokeCalendarFeed();
  const urlId = useId();

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setNotice(t('deadlines.calendar.copied'));
    } catch {
      setNotice(t('deadlines.calendar.copyFailed'));
    }
  }

  return (
    <section aria-labelledby="calendar-feed" className="calendar-feed">
      <h2 id="calendar-feed">{t('deadlines.calendar.title')}</h2>
      <p>{t('deadlines.calendar.intro')}</p>
      {!wanted ? (
        <button type="button" className="button button--secondary" onClick={() => { setNotice(undefined); setWanted(true); }}>
          {t('deadlines.calendar.show')}
        </button>
      ) : feed.isPending ? <Loading /> : feed.isError ? (
        <QueryError error={feed.error} onRetry={() => void feed.refetch()} />
      ) : (
        <>
          {feed.data.url ? (
            <div className="field">
              <label htmlFor={urlId}>{t('deadlines.calendar.url')}</label>
              <p className="hint" id={`${urlId}-hint`}>{t('deadlines.calendar.once')}</p>
              <input id={urlId} type="text" readOnly value={feed.data.url} aria-describedby={`${urlId}-hint`}
                onFocus={(e) => e.currentTarget.select()} className="input--wide" translate="no" />
            </div>
          ) : (
            <p>{t('deadlines.calendar.activeHidden')}</p>
          )}
          <div className="button-row">
            {feed.data.url && <button type="button" className="button" onClick={() => void copy(feed.data.url!)}>{t('deadlines.calendar.copy')}</button>}
            <button type="button" className="button button--secondary" onClick={() => setConfirming(true)} disabled={revoke.isPending}>
              {t('deadlines.calendar.revoke')}
            </button>
          </div>
        </>
      )}
      {revoke.isError && <QueryError error={revoke.error} onRetry={() => setConfirming(true)} />}
      <p role="status" className="status-line">{notice}</p>
      <ConfirmDialog
        open={confirming}
        title={t('deadlines.calendar.confirmTitle')}
        text={t('deadlines.calendar.confirmText')}
        confirmLabel={t('deadlines.calendar.confirm')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          revoke.mutate(undefined, {
            onSuccess: () => { setWanted(false); setNotice(t('deadlines.calendar.revoked')); },
          });
        }}
      />
    </section>
  );
}
