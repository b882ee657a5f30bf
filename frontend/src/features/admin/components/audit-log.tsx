import { ChangeList } from '@/components/ui/change-list';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAudit, type AuditQuery } from '@/features/admin/api/get-audit';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { Pagination, pageCount } from '@/components/ui/pagination';
import { ApiError } from '@/lib/api-client';
import { TableScroll } from '@/components/ui/table-scroll';
import { actionLabel, formatDateTime } from '@/utils/format';
import { ExportLinks } from '@/components/ui/export-links';
import { useFilterFields } from '@/lib/filter-params';

const PAGE_SIZE = 50;
const FILTERS = ['entity', 'entityId', 'actor', 'from', 'to'] as const;
const ENTITIES = ['agreement', 'assessment', 'catalog', 'account'] as const;

/** The audit trail, filtered and paged through the URL so that a view can be shared. */
export function AuditLog() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const get = (key: string) => params.get(key) || undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query: AuditQuery = {
    entity: get('entity'), entityId: get('entityId'), actor: get('actor'), from: get('from'), to: get('to'),
    page: page - 1, size: PAGE_SIZE,
  };
  const { data, isPending, isError, error, refetch, isFetching } = useAudit(query);
  const { apply, field, inputProps } = useFilterFields(FILTERS, params, setParams, error, (key) => t(`audit.${key}`));

  return (
    <>
      {/* Keyed on the URL so that back/forward and "reset" show the filters in force. */}
      <form key={params.toString()} role="search" className="filters" aria-label={t('audit.filters')} onSubmit={apply}>
        {field('entity', (
          <select {...inputProps('entity')}>
            <option value="">{t('common.all')}</option>
            {ENTITIES.map((e) => <option key={e} value={e}>{t(`audit.entityType.${e}`)}</option>)}
          </select>
        ))}
        {field('entityId', <input type="text" {...inputProps('entityId')} />)}
        {field('actor', <input type="text" autoComplete="off" {...inputProps('actor')} />)}
        {field('from', <input type="date" {...inputProps('from')} />)}
        {field('to', <input type="date" {...inputProps('to')} />)}
        <div className="filters__row button-row">
          <button type="submit" className="button">{t('audit.apply')}</button>
          <button type="button" className="button button--link" onClick={() => setParams({})}>{t('audit.reset')}</button>
        </div>
      </form>

      {isPending ? (
        <Loading />
      ) : isError ? (
        error instanceof ApiError && error.status === 400 && error.problem.errors?.length ? null : <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <p role="status" className="results-count">{t('audit.count', { count: data.totalSize ?? data.content.length })}</p>
          <ExportLinks path="/api/audit" query={query} label={t('exports.audit')} />
          {data.content.length === 0 ? (
            <p className="empty-state">{t('audit.empty')}</p>
          ) : (
            <TableScroll label={t('audit.caption')}>
              <table className={isFetching ? 'table audit-table is-stale' : 'table audit-table'} aria-busy={isFetching}>
                <caption className="visually-hidden">{t('audit.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.occurredAt')}</th>
                    <th scope="col">{t('audit.actor')}</th>
                    <th scope="col">{t('audit.action')}</th>
                    <th scope="col">{t('audit.entity')}</th>
                    <th scope="col">{t('audit.changes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.content.map((entry) => (
                    <tr key={entry.id}>
                      <td className="nowrap"><time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt, i18n.language)}</time></td>
                      <td translate="no">{entry.actor}</td>
                      <td>{actionLabel(t, entry.action)}</td>
                      <td className="nowrap">{t(`audit.entityType.${entry.entityType}` as never, { defaultValue: t('audit.entityType.other') }) as string} <span translate="no">{entry.entityId}</span></td>
                      <td>
                        <ChangeList changes={entry.changes} entityType={entry.entityType} toLabel={t('audit.changedTo')} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <Pagination
            page={page}
            totalPages={pageCount(data)}
            onChange={(p) => setParams((prev) => {
              const next = new URLSearchParams(prev);
              if (p > 1) next.set('page', String(p));
              else next.delete('page');
              return next;
            })}
          />
        </>
      )}
    </>
  );
}

