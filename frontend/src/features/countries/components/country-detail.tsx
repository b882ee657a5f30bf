import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CountryDetail as CountryDetailData } from '@/features/countries/api/get-country';
import { formatDate, pickText, pickTitle } from '@/utils/format';

export function countryDisplayName(country: { nameDe: string; nameEn: string }, language: string) {
  return language === 'en' ? country.nameEn : country.nameDe;
}

export function CountryDetail({ data }: { data: CountryDetailData }) {
  const { t, i18n } = useTranslation();
  const { country, instruments } = data;
  const name = countryDisplayName(country, i18n.language);
  const subregion = pickText(country.subregionDe, country.subregion, i18n.language);
  return (
    <>
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
        <p><Link to={`/agreements?country=${country.iso2}`}>{t('countries.detail.openInList')}</Link></p>
        {instruments.length === 0 ? (
          <p className="empty-state">{t('countries.detail.empty')}</p>
        ) : (
          <div className="table-wrap">
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
                    <th scope="row"><Link to={`/agreements/${a.id}`}>{pickTitle(a, i18n.language) ?? t('common.untitled')}</Link></th>
                    <td>{a.type ? t(`type.${a.type}`) : <span className="unknown">{t('common.unknown')}</span>}</td>
                    <td>{t(`status.${a.status}`)}</td>
                    <td className="nowrap">{formatDate(a.dateSigned, i18n.language) ?? <span className="unknown">{t('common.unknown')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
