import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useAgreement } from '@/features/agreements/api/get-agreement';
import { getAgreementsQueryOptions } from '@/features/agreements/api/get-agreements';
import { useAssessments } from '@/features/assessments/api/get-assessments';
import { AssessmentChecklist } from '@/features/assessments/components/assessment-checklist';
import { useCriteria } from '@/features/criteria/api/get-criteria';
import { usePermissions } from '@/features/auth/use-permissions';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { NotFound } from '@/components/not-found';
import { ApiError } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { pickTitle } from '@/utils/format';
import { InstrumentTitle } from '@/components/ui/instrument-title';
import { FictitiousBadge } from '@/components/ui/fictitious-badge';

export function AgreementAssessmentPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const agreement = useAgreement(id);
  const criteria = useCriteria();
  const assessments = useAssessments(id);
  const { can } = usePermissions();
  const binding = agreement.data?.type === 'TREATY';
  // Cross-references point to the same country's treaties.
  const treaties = useQuery({
    ...getAgreementsQueryOptions({ country: agreement.data?.countryIso2, type: 'TREATY', page: 0, size: 100 }),
    enabled: !!agreement.data && !binding,
  });
  useDocumentTitle(t('assessment.title'));

  const notFound = [agreement.error, assessments.error].some((e) => e instanceof ApiError && e.status === 404);
  if (!Number.isInteger(id) || notFound) return <NotFound />;
  const title = agreement.data ? pickTitle(agreement.data, i18n.language) ?? t('common.untitled') : t('agreements.detail.title');
  const failed = agreement.error ?? criteria.error ?? assessments.error;
  const treatyOptions = (treaties.data?.content ?? [])
    .filter((a) => a.id !== id)
    // A real instrument's rating never rests on a fictitious demo treaty (the server refuses it too).
    .filter((a) => agreement.data?.fictitious || !a.fictitious)
    .map((a) => ({ id: a.id, title: pickTitle(a, i18n.language) ?? t('common.untitled') }));

  return (
    <>
      <p className="back-link"><Link to={`/agreements/${id}`}>← {t('assessment.backTo')}: {agreement.data ? <InstrumentTitle item={agreement.data} /> : title}</Link></p>
      <h1>{t('assessment.title')}</h1>
      {agreement.data && <p className="lead"><InstrumentTitle item={agreement.data} />{agreement.data.type && <> · {t(`type.${agreement.data.type}`)}</>}<FictitiousBadge fictitious={agreement.data.fictitious} /></p>}
      {agreement.data && criteria.data && assessments.data ? (
        <AssessmentChecklist agreementId={id} binding={binding} catalog={criteria.data} assessments={assessments.data} treaties={treatyOptions}
          readOnly={!can('EDIT_ASSESSMENTS')} />
      ) : failed ? (
        <QueryError error={failed} onRetry={() => { void agreement.refetch(); void criteria.refetch(); void assessments.refetch(); }} />
      ) : (
        <Loading />
      )}
    </>
  );
}
