import { useTranslation } from 'react-i18next';
import { AgreementForm } from '@/features/agreements/components/agreement-form';
import { useCountryOptions } from '@/app/pages/use-country-options';
import { useDocumentTitle } from '@/lib/use-document-title';

export function AgreementNewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('agreements.form.newTitle'));
  const countries = useCountryOptions();
  return (
    <>
      <h1>{t('agreements.form.newTitle')}</h1>
      <AgreementForm countries={countries} />
    </>
  );
}
