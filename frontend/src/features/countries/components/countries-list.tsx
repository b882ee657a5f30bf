import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCountries, type Region } from '@/features/countries/api/get-countries';
import { REGIONS } from '@/config/enums';
import { QueryError } from '@/components/ui/query-error';
import { TableScroll } from '@/components/ui/table-scroll';
import { ExportLinks } from '@/components/ui/export-links';
import { FictitiousBadge } from '@/components/ui/fictitious-badge';

export function CountriesList() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const region = (REGIONS as string[]).includes(params.get('region') ?? '') ? (params.get('region') as Region) : undefined;
  // "Only with instruments" is the default, so only switching it off shows in the URL.
  const withInstruments = params.get('withInstruments') !== 'false';
  const { data, isPending, isError, error, refetch } = useCountries({ region, withInstruments });
  const regionId = useId();
  const withId = useId();

  function update(key: string, value: string | undefined) {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  }

  const name = (c: { nameDe: string; nameEn: string }) => (i18n.language === 'en' ? c.nameEn : c.nameDe);
  const rows = data ? [...data].sort((a, b) => name(a).localeCompare(name(b), i18n.language)) : [];

  return (
    <>
      <form className="filters" aria-label={t('agreements.list.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={regionId}>{t('countries.list.region')}</label>
          <select id={regionId} value={region ?? ''} onChange={(e) => update('region', e.target.value)}>
            <option value="">{t('countries.list.allRegions')}</option>
            {REGIONS.map((r) => <option key={r} value={r}>{t(`region.${r}`)}</option>)}
          </select>
        </div>
        <div className="filters__row">
          <div className="checkbox">
            <input id={withId} type="checkbox" checked={withInstruments} onChange={(e) => update('withInstruments', e.target.checked ? undefined : 'false')} />
            <label htmlFor={withId}>{t('countries.list.onlyWithInstruments')}</label>
          </div>
        </div>
      </form>

      <p role="status" className="results-count">
        {isPending ? t('common.loading') : data ? t('countries.list.count', { count: data.length }) : ''}
      </p>
      <ExportLinks path="/api/countries" query={{ region, withInstruments }} label={t('exports.countries')} />

      {isError ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : data && rows.length === 0 ? (
        <p className="empty-state">{t('countries.list.empty')}</p>
      ) : data ? (
        <TableScroll label={t('countries.list.caption')}>
          <table className="table">
            <caption className="visually-hidden">{t('countries.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('countries.list.name')}</th>
                <th scope="col">{t('countries.list.iso')}</th>
                <th scope="col">{t('countries.list.region')}</th>
                <th scope="col" className="num">{t('countries.list.count')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.iso2}>
                  <th scope="row"><Link to={`/countries/${c.iso2}`}>{name(c)}</Link><FictitiousBadge fictitious={c.fictitious} /></th>
                  <td>{c.iso2}</td>
                  <td>{t(`region.${c.region}`)}</td>
                  <td className="num">{c.instrumentCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </>
  );
}
