import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/lib/use-document-title';

export function NotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('common.notFound'));
  return (
    <>
      <h1>{t('common.notFound')}</h1>
      <p>{t('common.notFoundText')}</p>
      <p><Link to="/dashboard">{t('errorPage.home')}</Link></p>
    </>
  );
}
