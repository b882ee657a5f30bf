import { useTranslation } from 'react-i18next';
import { usePermissions } from '@/features/auth/use-permissions';
import { ReviewQueue } from '@/features/review/components/review-queue';
import { useCriteria } from '@/features/criteria/api/get-criteria';
import { Loading } from '@/components/ui/loading';
import { useDocumentTitle } from '@/lib/use-document-title';

export function ReviewQueuePage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('review.title'));
  const { me, can } = usePermissions();
  const criteria = useCriteria();
  const criterionName = (id: string) => {
    const c = criteria.data?.criteria.find((x) => x.id === id);
    if (!c) return id;
    return (i18n.language === 'en' ? c.nameEn : c.nameDe ?? c.nameEn) ?? id;
  };

  return (
    <>
      <h1>{t('review.title')}</h1>
      <p className="lead">{t('review.intro')}</p>
      {!me ? <Loading /> : can('REVIEW_ASSESSMENTS') ? <ReviewQueue criterionName={criterionName} /> : <p className="alert alert--warning">{t('auth.forbidden')}</p>}
    </>
  );
}
