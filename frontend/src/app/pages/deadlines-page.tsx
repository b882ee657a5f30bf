import { useTranslation } from 'react-i18next';
import { DeadlineList } from '@/features/deadlines/components/deadline-list';
import { CalendarFeed } from '@/features/deadlines/components/calendar-feed';
import { useCountryOptions } from '@/app/pages/use-country-options';
import { useDocumentTitle } from '@/lib/use-document-title';

export function DeadlinesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('deadlines.title'));
  const countries = useCountryOptions();
  return (
    <>
      <h1>{t('deadlines.title')}</h1>
      <p className="lead">{t('deadlines.intro')}</p>
      <DeadlineList countries={countries} />
      <CalendarFeed />
    </>
  );
}
