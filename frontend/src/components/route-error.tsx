import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NotFound } from '@/components/not-found';
import { useDocumentTitle } from '@/lib/use-document-title';

/**
 * The route-level error page: whatever a screen throws while rendering, people see a plain message in their
 * language with a way on, never React Router's developer page with a stack trace. The error goes to the console
 * for whoever reports it.
 */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  useDocumentTitle(t('errorPage.title'));
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  console.error(error);
  return (
    <div className="error-page">
      <h1>{t('errorPage.title')}</h1>
      <p>{t('errorPage.text')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => window.location.reload()}>{t('errorPage.reload')}</button>
        <Link className="button button--secondary" to="/dashboard">{t('errorPage.home')}</Link>
      </div>
    </div>
  );
}
