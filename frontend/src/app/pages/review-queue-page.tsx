import { useTranslation } from 'react-i18next';
import { usePermissions } from '@/features/auth/use-permissions';
import { ReviewQueue } from '@/features/review/components/review-queue';
import { ReturnedRatingsList } from '@/features/review/components/returned-ratings';
import { useCriteria } from '@/features/criteria/api/get-criteria';
import { catalogLabels } from '@/utils/catalog';
import { Loading } from '@/components/ui/loading';
import { useDocumentTitle } from '@/lib/use-document-title';

export function ReviewQueuePage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('review.title'));
  const { me, can } = usePermissions();
  const criteria = useCriteria();
  const labels = catalogLabels(criteria.data, i18n.language);

  return (
    <>
      <h1>{t('review.title')}</h1>
      <p className="lead">{t('review.intro')}</p>
      {!me ? <Loading /> : can('REVIEW_ASSESSMENTS') ? (
        <>
          <ReviewQueue criterionName={labels.criterion} />
          {/* What came back to the signed-in author; reviewers who do not rate have nothing there. */}
          {can('EDIT_ASSESSMENTS') && <ReturnedRatingsList criterionName={labels.criterion} />}
        </>
      ) : <p className="alert alert--warning">{t('auth.forbidden')}</p>}
    </>
  );
}
