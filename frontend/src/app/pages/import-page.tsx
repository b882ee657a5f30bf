import { useTranslation } from 'react-i18next';
import { usePermissions } from '@/features/auth/use-permissions';
import { ImportForm } from '@/features/import/components/import-form';
import { Loading } from '@/components/ui/loading';
import { useDocumentTitle } from '@/lib/use-document-title';

export function ImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('import.title'));
  const { me, can } = usePermissions();
  return (
    <>
      <h1>{t('import.title')}</h1>
      {!me ? <Loading /> : can('EDIT_AGREEMENTS') ? <ImportForm /> : <p className="alert alert--warning">{t('auth.forbidden')}</p>}
    </>
  );
}
