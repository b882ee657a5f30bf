import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { navigation, type NavItem } from '@/config/navigation';
import { Loading } from '@/components/ui/loading';
import { SiteFooter } from '@/components/site-footer';

type LayoutProps = {
  /** The end of the header: who is signed in and how to sign out. */
  account?: ReactNode;
  /** Which navigation entries this person may see; without it, entries that need a permission are hidden. */
  allows?: (item: NavItem) => boolean;
  /** Counts shown next to navigation entries, keyed by path (e.g. reviews waiting). */
  counts?: Record<string, number | undefined>;
  /** Called after the language switch, e.g. to store the signed-in person's choice for their mails. */
  onLanguageChange?: (language: 'de' | 'en') => void;
};

export function Layout({ account, allows = (item) => !item.permission, counts = {}, onLanguageChange }: LayoutProps = {}) {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'de' ? 'en' : 'de';
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);

  // On client-side navigation move focus to the new page's heading, as a full page load would.
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    const main = mainRef.current;
    const heading = main?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    } else {
      main?.focus();
    }
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <header className="app-header">
        <div className="app-header__inner">
          <div className="app-brand">
            <span className="app-brand__flag" aria-hidden="true" />
            <span>
              <span className="app-title">{t('app.title')}</span>
              <span className="app-subtitle">{t('app.subtitle')}</span>
            </span>
          </div>
          <button type="button" className="lang-switch" lang={other}
            onClick={() => { void i18n.changeLanguage(other); onLanguageChange?.(other); }}>
            {t('app.switchTo')}
          </button>
          {account}
        </div>
        <nav aria-label={t('nav.main')} className="app-nav">
          <ul>
            {navigation.filter(allows).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>
                  {t(item.labelKey)}
                  {!!counts[item.to] && <> <span className="nav-count"><span className="visually-hidden">(</span>{counts[item.to]}<span className="visually-hidden">)</span></span></>}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} ref={mainRef}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <SiteFooter />
    </>
  );
}
