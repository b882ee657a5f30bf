import { useTranslation } from 'react-i18next';
import { usePermissions } from '@/features/auth/use-permissions';
import { FeedbackAdmin } from '@/features/feedback/components/feedback-admin';
import { Loading } from '@/components/ui/loading';
import { useDocumentTitle } from '@/lib/use-document-title';

export function FeedbackPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('a11yFeedback.title'));
  const { me, can } = usePermissions();
  return (
    <>
      <h1>{t('a11yFeedback.title')}</h1>
      {!me ? <Loading /> : can('HANDLE_FEEDBACK') ? <FeedbackAdmin /> : <p className="alert alert--warning">{t('auth.forbidden')}</p>}
    </>
  );
}
