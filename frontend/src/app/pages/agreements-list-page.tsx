import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Can } from '@/features/auth/components/can';
import { AgreementsList } from '@/features/agreements/components/agreements-list';
import { useCountryOptions } from '@/app/pages/use-country-options';
import { useDocumentTitle } from '@/lib/use-document-title';

export function AgreementsListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('agreements.list.title'));
  const countries = useCountryOptions();
  return (
    <>
      <div className="page-header">
        <h1>{t('agreements.list.title')}</h1>
        <Can permission="EDIT_AGREEMENTS"><Link className="button" to="/agreements/new">+ {t('agreements.list.new')}</Link></Can>
      </div>
      <AgreementsList countries={countries} />
    </>
  );
}
