import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '@/features/auth/use-permissions';
import { AgreementForm } from '@/features/agreements/components/agreement-form';
import { useCountryOptions } from '@/app/pages/use-country-options';
import { useDocumentTitle } from '@/lib/use-document-title';

export function AgreementNewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('agreements.form.newTitle'));
  const countries = useCountryOptions();
  const { me, can } = usePermissions();
  const country = useSearchParams()[0].get('country')?.toUpperCase() || undefined;
  return (
    <>
      <h1>{t('agreements.form.newTitle')}</h1>
      {me && !can('EDIT_AGREEMENTS') ? <p className="alert alert--warning">{t('auth.forbidden')}</p> : <AgreementForm countries={countries} initialCountry={country} />}
    </>
  );
}
