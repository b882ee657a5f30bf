import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFeedback, type Feedback, type FeedbackShow } from '@/features/feedback/api/get-feedback';
import { useMarkFeedback } from '@/features/feedback/api/mark-feedback';
import { Pagination, pageCount } from '@/components/ui/pagination';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { ApiError } from '@/lib/api-client';
import { formatDateTime } from '@/utils/format';

const SHOWS: FeedbackShow[] = ['open', 'handled', 'all'];
const SHOW_LABEL = { open: 'a11yFeedback.showOpen', handled: 'a11yFeedback.showHandled', all: 'a11yFeedback.showAll' } as const;

/** Messages about barriers for administrators: read them, mark them handled or open again. Filter and page live in the URL. */
export function FeedbackAdmin() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const show = (SHOWS as string[]).includes(params.get('show') ?? '') ? params.get('show') as FeedbackShow : 'open';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = useFeedback(show, page - 1);
  const mark = useMarkFeedback();
  const [notice, setNotice] = useState('');
  const [failed, setFailed] = useState<{ id: number; message: string }>();
  const showId = useId();

  const setParam = (next: Record<string, string>) => {
    const merged = new URLSearchParams(params);
    Object.entries(next).forEach(([k, v]) => (v ? merged.set(k, v) : merged.delete(k)));
    setParams(merged);
  };

  const toggle = (item: Feedback) => {
    setFailed(undefined);
    mark.mutate({ id: item.id, version: item.version, handled: !item.handled }, {
      onSuccess: () => setNotice(t(item.handled ? 'a11yFeedback.reopenedDone' : 'a11yFeedback.markedDone')),
      onError: (err) => setFailed({ id: item.id, message: err instanceof ApiError && err.problem.detail ? err.problem.detail : t('auth.unreachable') }),
    });
  };

  return (
    <>
      <p>{t('a11yFeedback.intro')}</p>
      <div className="field">
        <label htmlFor={showId}>{t('a11yFeedback.show')}</label>
        <select id={showId} value={show} onChange={(e) => setParam({ show: e.target.value, page: '' })}>
          {SHOWS.map((s) => <option key={s} value={s}>{t(SHOW_LABEL[s])}</option>)}
        </select>
      </div>
      <div role="status" className="notice">{notice}</div>
      {query.isPending ? <Loading /> : query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : (
        <>
          {query.data.content.length === 0 ? <p>{t('a11yFeedback.none')}</p> : (
            <ul className="feedback-list">
              {query.data.content.map((item) => (
                <li key={item.id} className="feedback-item">
                  <h2 className="feedback-item__title">
                    {t('a11yFeedback.received')}: {formatDateTime(item.receivedAt, i18n.language)}
                  </h2>
                  <p className="feedback-item__message" translate="no">{item.message}</p>
                  <dl className="facts">
                    {item.page && <><dt>{t('a11yFeedback.page')}</dt><dd translate="no">{item.page}</dd></>}
                    <dt>{t('a11yFeedback.sender')}</dt>
                    <dd>{item.sender ? <span translate="no">{item.sender}</span> : t('a11yFeedback.anonymous')}</dd>
                    {item.contact && <><dt>{t('a11yFeedback.contact')}</dt><dd translate="no">{item.contact}</dd></>}
                    <dt>{t('a11yFeedback.state')}</dt>
                    <dd>{item.handled
                      ? t('a11yFeedback.handled', { date: formatDateTime(item.handledAt, i18n.language), name: item.handledBy ?? '' })
                      : t('a11yFeedback.open')}</dd>
                  </dl>
                  {failed?.id === item.id && <p className="alert alert--error" role="alert">{failed.message}</p>}
                  <button type="button" className={item.handled ? 'button button--secondary' : 'button'} disabled={mark.isPending}
                    onClick={() => toggle(item)}>
                    {item.handled ? t('a11yFeedback.reopen') : t('a11yFeedback.markHandled')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <Pagination page={page} totalPages={pageCount(query.data)} onChange={(n) => setParam({ page: String(n) })} />
        </>
      )}
    </>
  );
}
