import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAgreement } from '@/features/agreements/api/get-agreement';
import { AgreementDetail } from '@/features/agreements/components/agreement-detail';
import { usePermissions } from '@/features/auth/use-permissions';
import { AgreementHistory } from '@/features/agreements/components/agreement-history';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { NotFound } from '@/components/not-found';
import { ApiError } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { pickTitle } from '@/utils/format';
import { InstrumentTitle } from '@/components/ui/instrument-title';
import { FictitiousBadge, FictitiousNotice } from '@/components/ui/fictitious-badge';
import { DocumentsSection } from '@/features/documents/components/documents-section';

export function AgreementDetailPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const { can } = usePermissions();
  const { data, isError, error, refetch } = useAgreement(id);
  const notFound = !Number.isInteger(id) || id <= 0 || (error instanceof ApiError && error.status === 404);
  const title = data ? pickTitle(data, i18n.language) ?? t('common.untitled') : t('agreements.detail.title');
  // This page's title effect runs after NotFound's, so it must name the missing page itself.
  useDocumentTitle(notFound ? t('common.notFound') : title);

  if (notFound) return <NotFound />;
  return (
    <>
      <p className="back-link"><Link to="/agreements">← {t('agreements.detail.backToList')}</Link></p>
      <h1>{data ? <InstrumentTitle item={data} /> : title}<FictitiousBadge fictitious={data?.fictitious} /></h1>
      {data ? (
        <>
          <FictitiousNotice fictitious={data.fictitious} />
          <p className="button-row">
            <Link className="button" to={`/agreements/${id}/assessment`}>{can('EDIT_ASSESSMENTS') ? t('assessment.open') : t('fixes.viewAssessments')}</Link>
            <Link className="button button--secondary" to={`/countries/${data.countryIso2}/scorecard`}>{t('scorecard.open')}</Link>
          </p>
          <AgreementDetail agreement={data} canEdit={can('EDIT_AGREEMENTS')} />
          <DocumentsSection agreementId={id} canEdit={can('EDIT_AGREEMENTS') && !data.archived} />
          <AgreementHistory id={id} />
        </>
      ) : isError ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <Loading />
      )}
    </>
  );
}
