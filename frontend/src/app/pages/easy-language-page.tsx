import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/lib/use-document-title';

const PARAGRAPHS = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10'] as const;

/** The application explained in Leichte Sprache (BITV 2.0 § 4): always German, one statement a line. */
export function EasyLanguagePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('easyLanguage.title'));
  return (
    <article className="prose-page easy-language" lang="de">
      <h1>{t('easyLanguage.title')}</h1>
      {PARAGRAPHS.map((key) => <p key={key}>{t(`easyLanguage.${key}`)}</p>)}
    </article>
  );
}
