import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAgreement } from '@/features/agreements/api/get-agreement';
import { usePermissions } from '@/features/auth/use-permissions';
import { AgreementForm } from '@/features/agreements/components/agreement-form';
import { useCountryOptions } from '@/app/pages/use-country-options';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { NotFound } from '@/components/not-found';
import { ApiError } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { InstrumentTitle } from '@/components/ui/instrument-title';

export function AgreementEditPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  // The form takes a snapshot: background refetches must not overwrite what the user is typing.
  const { data, isError, error, refetch } = useAgreement(id);
  const countries = useCountryOptions();
  const { me, can } = usePermissions();
  useDocumentTitle(t('agreements.form.editTitle'));

  if (!Number.isInteger(id) || (error instanceof ApiError && error.status === 404)) return <NotFound />;
  return (
    <>
      <p className="back-link"><Link to={`/agreements/${id}`}>← {data ? <InstrumentTitle item={data} /> : t('agreements.detail.title')}</Link></p>
      <h1>{t('agreements.form.editTitle')}</h1>
      {me && !can('EDIT_AGREEMENTS') ? (
        <p className="alert alert--warning">{t('auth.forbidden')}</p>
      ) : data ? (
        <AgreementForm key={data.id} agreement={data} countries={countries} />
      ) : isError ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <Loading />
      )}
    </>
  );
}
