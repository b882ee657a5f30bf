import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CountryDetail as CountryDetailData } from '@/features/countries/api/get-country';
import { TableScroll } from '@/components/ui/table-scroll';
import { formatDate, pickText } from '@/utils/format';
import { InstrumentTitle } from '@/components/ui/instrument-title';
import { FictitiousBadge, FictitiousNotice } from '@/components/ui/fictitious-badge';

export function countryDisplayName(country: { nameDe: string; nameEn: string }, language: string) {
  return language === 'en' ? country.nameEn : country.nameDe;
}

/** `canCreate`: the person may record instruments; the empty state then offers to create one for this country. */
export function CountryDetail({ data, canCreate = false }: { data: CountryDetailData; canCreate?: boolean }) {
  const { t, i18n } = useTranslation();
  const { country, instruments } = data;
  const name = countryDisplayName(country, i18n.language);
  const subregion = pickText(country.subregionDe, country.subregion, i18n.language);
  return (
    <>
      <FictitiousNotice fictitious={country.fictitious} />
      <dl className="facts">
        <div className="facts__row"><dt>{t('countries.list.iso')}</dt><dd>{[country.iso2, country.iso3].filter(Boolean).join(' / ')}</dd></div>
        <div className="facts__row"><dt>{t('countries.list.region')}</dt><dd>{t(`region.${country.region}`)}</dd></div>
        <div className="facts__row">
          <dt>{t('countries.detail.subregion')}</dt>
          <dd>{subregion ? <span lang={subregion.lang}>{subregion.text}</span> : <span className="unknown">{t('common.unknown')}</span>}</dd>
        </div>
      </dl>

      <section aria-labelledby="country-instruments">
        <h2 id="country-instruments">{t('countries.detail.instruments')} ({instruments.length})</h2>
        {instruments.length === 0 ? (
          <div className="empty-state">
            <p>{t('countryEmpty.title')}</p>
            <p className="empty-state__text">{canCreate ? t('countryEmpty.textEditor') : t('countryEmpty.textReader')}</p>
            {canCreate && (
              <p><Link className="button" to={`/agreements/new?country=${country.iso2}`}>{t('countryEmpty.create', { country: name })}</Link></p>
            )}
          </div>
        ) : (
          <>
          <p><Link to={`/agreements?country=${country.iso2}`}>{t('countries.detail.openInList')}</Link></p>
          <TableScroll label={t('countries.detail.caption', { country: name })}>
            <table className="table">
              <caption className="visually-hidden">{t('countries.detail.caption', { country: name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('field.title')}</th>
                  <th scope="col">{t('field.type')}</th>
                  <th scope="col">{t('field.status')}</th>
                  <th scope="col">{t('field.dateSigned')}</th>
                </tr>
              </thead>
              <tbody>
                {instruments.map((a) => (
                  <tr key={a.id}>
                    <th scope="row"><Link to={`/agreements/${a.id}`}><InstrumentTitle item={a} /></Link><FictitiousBadge fictitious={a.fictitious} /></th>
                    <td>{a.type ? t(`type.${a.type}`) : <span className="unknown">{t('common.unknown')}</span>}</td>
                    <td>{t(`status.${a.status}`)}</td>
                    <td className="nowrap">{formatDate(a.dateSigned, i18n.language) ?? <span className="unknown">{t('common.unknown')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          </>
        )}
      </section>
    </>
  );
}
