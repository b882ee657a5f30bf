import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/lib/use-document-title';
import { FeedbackForm } from '@/features/feedback/components/feedback-form';

const LIMITS = ['limit2', 'limit3', 'limit4'] as const;

/** Erklärung zur Barrierefreiheit (BITV 2.0 § 7): readable without signing in, linked from every page. */
export function AccessibilityPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('a11yStatement.title'));
  return (
    <article className="prose-page">
      <h1>{t('a11yStatement.title')}</h1>
      <p>{t('a11yStatement.intro')}</p>
      <h2>{t('a11yStatement.stateTitle')}</h2>
      <p>{t('a11yStatement.state')}</p>
      <h2>{t('a11yStatement.limitsTitle')}</h2>
      <ul>{LIMITS.map((key) => <li key={key}>{t(`a11yStatement.${key}`)}</li>)}</ul>
      <h2>{t('a11yStatement.madeTitle')}</h2>
      <p>{t('a11yStatement.made')}</p>
      <h2>{t('a11yStatement.feedbackTitle')}</h2>
      <p>{t('a11yStatement.feedback')}</p>
      <FeedbackForm />
      <h2>{t('a11yStatement.arbitrationTitle')}</h2>
      <p>{t('a11yStatement.arbitration')}</p>
      <p>
        <a href="https://www.schlichtungsstelle-bgg.de" lang="de" rel="noopener noreferrer external" target="_blank">
          {t('a11yStatement.arbitrationLink')}<span className="visually-hidden"> {t('common.newWindow')}</span>
        </a>
      </p>
    </article>
  );
}
