import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDeadlines, type Deadline, type DeadlineQuery } from '@/features/deadlines/api/get-deadlines';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { TableScroll } from '@/components/ui/table-scroll';
import { ApiError } from '@/lib/api-client';
import { countryName, formatDate } from '@/utils/format';
import { useFilterFields } from '@/lib/filter-params';

const FILTERS = ['desk', 'country', 'from', 'to'] as const;
const GROUPS = ['OVERDUE', 'SOON', 'LATER'] as const;

type Props = { countries: { iso2: string; name: string }[] };

/** Deadlines grouped by urgency; the filters live in the URL so that a view can be bookmarked and shared. */
export function DeadlineList({ countries }: Props) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const get = (key: string) => params.get(key) || undefined;
  const query: DeadlineQuery = { desk: get('desk'), country: get('country'), from: get('from'), to: get('to') };
  const { data, isPending, isError, error, refetch, isFetching } = useDeadlines(query);
  const { apply, field, inputProps } = useFilterFields(FILTERS, params, setParams, error, (key) => t(`deadlines.filter.${key}`));

  return (
    <>
      <form key={params.toString()} role="search" className="filters" aria-label={t('deadlines.filter.label')} onSubmit={apply}>
        {field('desk', <input type="text" autoComplete="off" {...inputProps('desk')} />)}
        {field('country', (
          <select {...inputProps('country')}>
            <option value="">{t('common.all')}</option>
            {countries.map((c) => <option key={c.iso2} value={c.iso2}>{c.name}</option>)}
          </select>
        ))}
        {field('from', <input type="date" {...inputProps('from')} />)}
        {field('to', <input type="date" {...inputProps('to')} />)}
        <div className="filters__row button-row">
          <button type="submit" className="button">{t('deadlines.filter.apply')}</button>
          <button type="button" className="button button--link" onClick={() => setParams({})}>{t('deadlines.filter.reset')}</button>
        </div>
      </form>

      {isPending ? (
        <Loading />
      ) : isError ? (
        error instanceof ApiError && error.status === 400 && error.problem.errors?.length ? null : <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <p role="status" className="results-count">{t('deadlines.count', { count: data.items.length })}</p>
          {data.items.length === 0 ? (
            <p className="empty-state">{t('deadlines.empty')}</p>
          ) : GROUPS.map((group) => {
            const items = data.items.filter((d) => d.urgency === group);
            if (items.length === 0) return null;
            return (
              <section key={group} aria-labelledby={`deadlines-${group}`} className="deadline-group">
                <h2 id={`deadlines-${group}`}>{t(`deadlines.group.${group}`)} <span className="badge">{items.length}</span></h2>
                <TableScroll label={t(`deadlines.group.${group}`)}>
                  <table className={isFetching ? 'table is-stale' : 'table'} aria-busy={isFetching}>
                    <caption className="visually-hidden">{t(`deadlines.group.${group}`)}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('deadlines.column.due')}</th>
                        <th scope="col">{t('deadlines.column.kind')}</th>
                        <th scope="col">{t('deadlines.column.instrument')}</th>
                        <th scope="col">{t('deadlines.column.country')}</th>
                        <th scope="col">{t('deadlines.column.desk')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {items.map((d) => <Row key={d.key} deadline={d} language={i18n.language} />)}
                    </tbody>
                  </table>
                </TableScroll>
              </section>
            );
          })}
        </>
      )}
    </>
  );
}

function Row({ deadline: d, language }: { deadline: Deadline; language: string }) {
  const { t } = useTranslation();
  const daysLeft = d.daysLeft ?? 0;
  const criteria = d.criteria ?? [];
  const when = daysLeft < 0 ? t('deadlines.overdueBy', { count: -daysLeft })
    : daysLeft === 0 ? t('deadlines.dueToday') : t('deadlines.dueIn', { count: daysLeft });
  const title = language === 'en' ? d.titleEn : d.title;
  return (
    <tr>
      <td className="nowrap">
        <time dateTime={d.dueDate}>{formatDate(d.dueDate, language)}</time>
        <br /><span className={daysLeft < 0 ? 'deadline-when deadline-when--overdue' : 'deadline-when'}>{when}</span>
      </td>
      <td>
        {t(`deadlines.kind.${d.kind}`)}
        {criteria.length > 0 && <><br /><span className="deadline-criteria" translate="no">{criteria.join(', ')}</span></>}
      </td>
      <td><Link to={d.link ?? `/agreements/${d.agreementId}`}>{title}</Link></td>
      <td>{countryName(d, language)}</td>
      <td>{d.desk ?? <span className="muted">{t('deadlines.noDesk')}</span>}</td>
    </tr>
  );
}
