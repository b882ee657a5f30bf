import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** On every page (BITV 2.0): the accessibility statement and the explanation in Leichte Sprache. */
export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="app-footer">
      <nav aria-label={t('footer.label')}>
        <ul>
          <li><Link to="/accessibility">{t('a11yStatement.footer')}</Link></li>
          <li><Link to="/easy-language" lang="de">{t('easyLanguage.footer')}</Link></li>
        </ul>
      </nav>
    </footer>
  );
}
