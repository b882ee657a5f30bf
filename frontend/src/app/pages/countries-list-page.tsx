import { useTranslation } from 'react-i18next';
import { CountriesList } from '@/features/countries/components/countries-list';
import { useDocumentTitle } from '@/lib/use-document-title';

export function CountriesListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('countries.list.title'));
  return (
    <>
      <h1>{t('countries.list.title')}</h1>
      <CountriesList />
    </>
  );
}
