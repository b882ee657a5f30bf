import { useTranslation } from 'react-i18next';
import { TextSearch } from '@/features/search/components/text-search';
import { useDocumentTitle } from '@/lib/use-document-title';

export function SearchPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('passages.search.title'));
  return (
    <>
      <h1>{t('passages.search.title')}</h1>
      <p className="lead">{t('passages.search.intro')}</p>
      <TextSearch />
    </>
  );
}
