import { useTranslation } from 'react-i18next';
import { usePermissions } from '@/features/auth/use-permissions';
import { OpenDataAdmin } from '@/features/import/components/open-data-admin';
import { Loading } from '@/components/ui/loading';
import { useDocumentTitle } from '@/lib/use-document-title';

export function OpenDataPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('import.openData.title'));
  const { me, can } = usePermissions();
  return (
    <>
      <h1>{t('import.openData.title')}</h1>
      {!me ? <Loading /> : <OpenDataAdmin canPublish={can('PUBLISH_OPEN_DATA')} />}
    </>
  );
}
