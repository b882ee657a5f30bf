import { useSearchParams, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { LoginForm } from '@/features/auth/components/login-form';
import { safeNext } from '@/features/auth/next-path';
import { useDocumentTitle } from '@/lib/use-document-title';
import { SiteFooter } from '@/components/site-footer';

/** Stands outside the main layout: there is no navigation to offer before sign-in. */
export function LoginPage() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'de' ? 'en' : 'de';
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useDocumentTitle(t('auth.title'));

  function signedIn() {
    // Answers cached under the previous session (401s, another person's data) must not survive.
    queryClient.removeQueries();
    void navigate(safeNext(params.get('next')), { replace: true });
  }

  return (
    <>
      <header className="app-header">
        <div className="app-header__inner">
          <div className="app-brand">
            <span className="app-brand__flag" aria-hidden="true" />
            <span>
              <span className="app-title">{t('app.title')}</span>
              <span className="app-subtitle">{t('app.subtitle')}</span>
            </span>
          </div>
          <button type="button" className="lang-switch" lang={other} onClick={() => void i18n.changeLanguage(other)}>
            {t('app.switchTo')}
          </button>
        </div>
      </header>
      <main id="main" className="login-main">
        <h1>{t('auth.title')}</h1>
        <p className="lead">{t('auth.intro')}</p>
        <LoginForm onSuccess={signedIn} />
      </main>
      <SiteFooter />
    </>
  );
}
