import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { usePermissions } from '@/features/auth/use-permissions';
import { CatalogEditor, CatalogVersions } from '@/features/admin/components/catalog-admin';
import { useCatalog } from '@/features/admin/api/get-catalogs';
import { Loading } from '@/components/ui/loading';
import { useDocumentTitle } from '@/lib/use-document-title';

export function CatalogsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('catalogs.title'));
  const { me, can } = usePermissions();
  return (
    <>
      <h1>{t('catalogs.title')}</h1>
      {!me ? <Loading /> : can('EDIT_CATALOGS') ? <CatalogVersions /> : <p className="alert alert--warning">{t('auth.forbidden')}</p>}
    </>
  );
}

export function CatalogPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { me, can } = usePermissions();
  const queryClient = useQueryClient();
  const allowed = can('EDIT_CATALOGS');
  const catalog = useCatalog(allowed && Number.isFinite(id) ? id : undefined);
  const title = catalog.data ? t('catalogs.versionTitle', { label: catalog.data.label }) : t('catalogs.title');
  useDocumentTitle(title);
  // A new published catalogue changes what assessments, scorecards and the ranking show.
  const onPublished = () => void queryClient.invalidateQueries();
  return (
    <>
      <h1>{title}</h1>
      {!me ? <Loading /> : allowed ? <CatalogEditor id={id} onPublished={onPublished} /> : <p className="alert alert--warning">{t('auth.forbidden')}</p>}
    </>
  );
}
