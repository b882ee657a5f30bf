import { useTranslation } from 'react-i18next';
import { usePermissions } from '@/features/auth/use-permissions';
import { AuditLog } from '@/features/admin/components/audit-log';
import { Loading } from '@/components/ui/loading';
import { useDocumentTitle } from '@/lib/use-document-title';

export function AuditPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('audit.title'));
  const { me, can } = usePermissions();
  return (
    <>
      <h1>{t('audit.title')}</h1>
      {!me ? <Loading /> : can('READ_AUDIT') ? <AuditLog /> : <p className="alert alert--warning">{t('auth.forbidden')}</p>}
    </>
  );
}
