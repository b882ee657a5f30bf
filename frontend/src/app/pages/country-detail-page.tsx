import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCountry } from '@/features/countries/api/get-country';
import { CountryDetail, countryDisplayName } from '@/features/countries/components/country-detail';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { NotFound } from '@/components/not-found';
import { ApiError } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { usePermissions } from '@/features/auth/use-permissions';
import { FictitiousBadge } from '@/components/ui/fictitious-badge';

export function CountryDetailPage() {
  const { t, i18n } = useTranslation();
  const iso2 = (useParams().iso2 ?? '').toUpperCase();
  const { data, isPending, isError, error, refetch } = useCountry(iso2);
  const { can } = usePermissions();
  const title = data ? countryDisplayName(data.country, i18n.language) : t('countries.detail.title');
  useDocumentTitle(title);

  if (error instanceof ApiError && error.status === 404) return <NotFound />;
  return (
    <>
      <p className="back-link"><Link to="/countries">← {t('countries.detail.backToList')}</Link></p>
      <h1>{title}<FictitiousBadge fictitious={data?.country.fictitious} /></h1>
      {data && data.instruments.length > 0 && <p><Link className="button" to={`/countries/${iso2}/scorecard`}>{t('scorecard.open')}</Link></p>}
      {isPending ? <Loading /> : isError ? <QueryError error={error} onRetry={() => void refetch()} /> : <CountryDetail data={data} canCreate={can('EDIT_AGREEMENTS')} />}
    </>
  );
}
