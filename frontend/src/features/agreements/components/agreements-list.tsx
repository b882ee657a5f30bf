import { useEffect, useId, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAgreements, type AgreementsQuery } from '@/features/agreements/api/get-agreements';
import { AgreementStatusBadge } from '@/features/agreements/components/agreement-status-badge';
import type { CountryOption } from '@/features/agreements/components/country-option';
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, COMPONENTS } from '@/config/enums';
import { Pagination, pageCount } from '@/components/ui/pagination';
import { QueryError } from '@/components/ui/query-error';
import { SortableHeader, formatSort, parseSort } from '@/components/ui/sortable-header';
import { TableScroll } from '@/components/ui/table-scroll';
import { countryName, formatDate } from '@/utils/format';
import { InstrumentTitle } from '@/components/ui/instrument-title';
import { HighlightedText } from '@/features/passages/components/highlighted-text';
import { ExportLinks } from '@/components/ui/export-links';
import { FictitiousBadge } from '@/components/ui/fictitious-badge';
import { ApiError } from '@/lib/api-client';
import { SEARCH_MAX } from '@/config/limits';

export const PAGE_SIZE = 20;
const SEARCH_DELAY_MS = 300;
const SORTABLE = ['title', 'country', 'type', 'status', 'dateSigned', 'dateInForce'] as const;

type ParamChanges = Record<string, string | undefined>;

export function AgreementsList({ countries }: { countries: CountryOption[] }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const get = (key: string) => params.get(key) ?? undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const sort = parseSort(params.get('sort'));
  const query: AgreementsQuery = {
    country: get('country'),
    type: get('type'),
    status: get('status'),
    component: get('component'),
    q: get('q'),
    archived: params.get('archived') === 'true',
    page: page - 1,
    size: PAGE_SIZE,
    sort: formatSort(sort),
  };
  const { data, isPending, isError, error, refetch, isFetching } = useAgreements(query);

  function update(changes: ParamChanges, replace = false) {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      // Any change other than paging starts again at the first page.
      if (!('page' in changes)) next.delete('page');
      return next;
    }, { replace });
  }

  const ids = { country: useId(), type: useId(), status: useId(), component: useId(), q: useId(), qHint: useId(), archived: useId() };
  const qError = error instanceof ApiError ? error.fieldMessage('q') : undefined;
  const errorLabels: Record<string, string> = {
    q: t('agreements.list.search'), country: t('field.country'), type: t('field.type'), status: t('field.status'),
    component: t('field.components'), sort: t('agreements.list.sortLabel'), page: t('agreements.list.pageLabel'),
  };
  const hasFilters = ['country', 'type', 'status', 'component', 'q', 'archived'].some((k) => params.has(k));

  return (
    <>
      <form role="search" className="filters" aria-label={t('agreements.list.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={ids.q}>{t('agreements.list.search')}</label>
          <SearchInput id={ids.q} hintId={ids.qHint} value={query.q ?? ''} invalid={qError !== undefined}
            onChange={(q) => update({ q: q || undefined }, true)} />
          {qError && <p className="field-error">{qError}</p>}
          <p id={ids.qHint} className="hint">{t('agreements.list.searchHint')}</p>
        </div>
        <div className="field">
          <label htmlFor={ids.country}>{t('field.country')}</label>
          <select id={ids.country} value={query.country ?? ''} onChange={(e) => update({ country: e.target.value })}>
            <option value="">{t('agreements.list.allCountries')}</option>
            {countries.map((c) => <option key={c.iso2} value={c.iso2}>{c.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.type}>{t('field.type')}</label>
          <select id={ids.type} value={query.type ?? ''} onChange={(e) => update({ type: e.target.value })}>
            <option value="">{t('common.all')}</option>
            {AGREEMENT_TYPES.map((v) => <option key={v} value={v}>{t(`type.${v}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.status}>{t('field.status')}</label>
          <select id={ids.status} value={query.status ?? ''} onChange={(e) => update({ status: e.target.value })}>
            <option value="">{t('common.all')}</option>
            {AGREEMENT_STATUSES.map((v) => <option key={v} value={v}>{t(`status.${v}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.component}>{t('field.components')}</label>
          <select id={ids.component} value={query.component ?? ''} onChange={(e) => update({ component: e.target.value })}>
            <option value="">{t('common.all')}</option>
            {COMPONENTS.map((v) => <option key={v} value={v}>{t(`component.${v}`)}</option>)}
          </select>
        </div>
        <div className="filters__row">
          <div className="checkbox">
            <input id={ids.archived} type="checkbox" checked={query.archived} onChange={(e) => update({ archived: e.target.checked ? 'true' : undefined })} />
            <label htmlFor={ids.archived}>{t('agreements.list.showArchived')}</label>
          </div>
          {hasFilters && (
            <button type="button" className="button button--link" onClick={() => setParams(params.has('sort') ? { sort: params.get('sort')! } : {})}>
              {t('agreements.list.reset')}
            </button>
          )}
        </div>
      </form>

      <p role="status" className="results-count">
        {isPending || isFetching ? t('common.loading') : data ? t('agreements.list.count', { count: data.totalSize ?? data.content.length }) : ''}
      </p>
      <ExportLinks path="/api/agreements" query={query} label={t('exports.agreements')} />

      {isError ? (
        <QueryError error={error} labels={errorLabels} onRetry={() => void refetch()} />
      ) : data && data.content.length === 0 && (data.totalSize ?? 0) > 0 ? (
        <p className="empty-state">
          {t('agreements.list.beyondLastPage')}{' '}
          <button type="button" className="button button--link" onClick={() => update({ page: undefined })}>{t('agreements.list.firstPage')}</button>
        </p>
      ) : data && data.content.length === 0 ? (
        <p className="empty-state">{t('agreements.list.empty')}</p>
      ) : data ? (
        <>
          <TableScroll label={t('agreements.list.caption')}>
            <table className={isFetching ? 'table is-stale' : 'table'} aria-busy={isFetching}>
              <caption className="visually-hidden">{t('agreements.list.caption')}</caption>
              <thead>
                <tr>
                  {SORTABLE.map((property) => (
                    <SortableHeader key={property} property={property} label={t(`field.${property}`)} sort={sort} onSort={(s) => update({ sort: formatSort(s) })} />
                  ))}
                  <th scope="col">{t('field.components')}</th>
                </tr>
              </thead>
              <tbody>
                {data.content.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">
                      <Link to={`/agreements/${item.id}`}><InstrumentTitle item={item} /></Link>
                      {item.archived && <span className="badge badge--archived">{t('agreements.list.archived')}</span>}
                      <FictitiousBadge fictitious={item.fictitious} />
                      {item.match && (
                        <p className="list-match">
                          <span className="visually-hidden">{t('passages.search.matchLabel')}: </span>
                          <span translate="no"><HighlightedText text={item.match.text} marks={item.match.marks} /></span>
                        </p>
                      )}
                    </th>
                    <td>{countryName(item, i18n.language)}</td>
                    <td>{item.type ? t(`type.${item.type}`) : <Unknown />}</td>
                    <td><AgreementStatusBadge status={item.status} /></td>
                    <td className="nowrap">{formatDate(item.dateSigned, i18n.language) ?? <Unknown />}</td>
                    <td className="nowrap">{formatDate(item.dateInForce, i18n.language) ?? <Unknown />}</td>
                    <td>
                      {item.components.length > 0 ? (
                        <ul className="tag-list">{item.components.map((c) => <li key={c}>{t(`component.${c}`)}</li>)}</ul>
                      ) : <Unknown />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <Pagination page={page} totalPages={pageCount(data)} onChange={(p) => update({ page: p > 1 ? String(p) : undefined })} />
        </>
      ) : null}
    </>
  );
}

function Unknown() {
  const { t } = useTranslation();
  return <span className="unknown">{t('common.unknown')}</span>;
}

/** Text input that writes to the URL only after the user pauses typing. */
function SearchInput({ id, hintId, value, invalid, onChange }: { id: string; hintId: string; value: string; invalid: boolean; onChange: (v: string) => void }) {
  const [text, setText] = useState(value);
  // The timer must call the newest onChange: one from the render when typing began would write the URL as it was
  // then and drop a filter chosen in the meantime.
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => latest.current(text.trim() ? text : ''), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, value]);
  return <input id={id} type="search" maxLength={SEARCH_MAX} aria-describedby={hintId} aria-invalid={invalid || undefined} value={text}
    onChange={(e) => setText(e.target.value)} />;
}
