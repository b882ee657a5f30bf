import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';

export function Layout() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'de' ? 'en' : 'de';
  return (
    <>
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <header className="app-header">
        <span className="app-title">{t('app.title')}</span>
        <nav aria-label={t('nav.main')}>
          <ul>
            <li><NavLink to="/agreements">{t('nav.agreements')}</NavLink></li>
            <li><NavLink to="/countries">{t('nav.countries')}</NavLink></li>
          </ul>
        </nav>
        <button type="button" className="lang-switch" lang={other} onClick={() => void i18n.changeLanguage(other)}>
          {t('app.switchTo')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
