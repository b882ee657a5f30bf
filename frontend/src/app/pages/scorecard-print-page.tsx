import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useScorecard } from '@/features/scorecards/api/get-scorecard';
import { PrintScorecard } from '@/features/scorecards/components/print-scorecard';
import { useCriteria } from '@/features/criteria/api/get-criteria';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { NotFound } from '@/components/not-found';
import { ApiError } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';

/** Standalone A4 page without the app's header; the language comes from ?lang, not from the app setting. */
export function ScorecardPrintPage() {
  const { i18n } = useTranslation();
  const iso2 = (useParams().iso2 ?? '').toUpperCase();
  const [params] = useSearchParams();
  const lang = params.get('lang') === 'en' ? 'en' : 'de';
  const t = i18n.getFixedT(lang);
  const scorecard = useScorecard(iso2, params.get('profile') ?? undefined);
  const criteria = useCriteria();
  const data = scorecard.data;
  useDocumentTitle(data ? t('print.title', { country: lang === 'en' ? data.country.nameEn : data.country.nameDe }) : undefined);

  if (scorecard.error instanceof ApiError && scorecard.error.status === 404) return <main id="main"><NotFound /></main>;
  return (
    <main id="main" className="print-main" lang={lang}>
      {data && (criteria.data || criteria.isError) ? (
        <PrintScorecard scorecard={data} catalog={criteria.data} lang={lang} />
      ) : scorecard.isError ? (
        <QueryError error={scorecard.error} onRetry={() => void scorecard.refetch()} />
      ) : (
        <Loading />
      )}
    </main>
  );
}
