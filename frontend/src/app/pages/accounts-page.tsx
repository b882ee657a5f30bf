import { useTranslation } from 'react-i18next';
import { usePermissions } from '@/features/auth/use-permissions';
import { AccountAdmin } from '@/features/admin/components/account-admin';
import { Loading } from '@/components/ui/loading';
import { useDocumentTitle } from '@/lib/use-document-title';

export function AccountsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('accounts.title'));
  const { me, can } = usePermissions();
  return (
    <>
      <h1>{t('accounts.title')}</h1>
      {!me ? <Loading /> : can('MANAGE_ACCOUNTS') ? <AccountAdmin /> : <p className="alert alert--warning">{t('auth.forbidden')}</p>}
    </>
  );
}
