import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useScorecard } from '@/features/scorecards/api/get-scorecard';
import { useScorecardHistory } from '@/features/scorecards/api/get-scorecard-history';
import { ScoreSummary } from '@/features/scorecards/components/score-summary';
import { RadarChart } from '@/features/scorecards/components/radar-chart';
import { BestLevels } from '@/features/scorecards/components/best-levels';
import { TrendChart } from '@/features/scorecards/components/trend-chart';
import { InstrumentsTable } from '@/features/scorecards/components/instruments-table';
import { ScoreBreakdown } from '@/features/scorecards/components/score-breakdown';
import { useCriteria } from '@/features/criteria/api/get-criteria';
import { useProfiles } from '@/features/criteria/api/get-profiles';
import { ProfileSelect } from '@/components/ui/profile-select';
import { IncludeDraftsSwitch } from '@/components/ui/include-drafts-switch';
import { BriefDownloadButton } from '@/features/briefs/components/brief-download-button';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { NotFound } from '@/components/not-found';
import { ApiError, toQuery } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';
import { catalogLabels } from '@/utils/catalog';
import { ExportLinks } from '@/components/ui/export-links';
import { FictitiousBadge, FictitiousNotice } from '@/components/ui/fictitious-badge';

export function CountryScorecardPage() {
  const { t, i18n } = useTranslation();
  const iso2 = (useParams().iso2 ?? '').toUpperCase();
  const [params, setParams] = useSearchParams();
  const profile = params.get('profile') ?? undefined;
  const includeDrafts = params.get('includeDrafts') === 'true';
  const scorecard = useScorecard(iso2, profile, includeDrafts);
  const history = useScorecardHistory(iso2, profile);
  const criteria = useCriteria();
  const profiles = useProfiles();
  const labels = catalogLabels(criteria.data, i18n.language);
  const data = scorecard.data;
  const name = data ? (i18n.language === 'en' ? data.country.nameEn : data.country.nameDe) : iso2;
  const title = t('scorecard.title', { country: name });
  useDocumentTitle(title);

  if (scorecard.error instanceof ApiError && scorecard.error.status === 404) return <NotFound />;
  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <p className="back-link"><Link to="/dashboard">← {t('scorecard.backToDashboard')}</Link> · <Link to={`/countries/${iso2}`}>{t('scorecard.backToCountry')}</Link></p>
      <div className="page-header">
        <h1>{title}<FictitiousBadge fictitious={data?.country.fictitious} /></h1>
        <Link className="button button--secondary" to={`/countries/${iso2}/scorecard/print${toQuery({ lang: i18n.language, profile })}`}>{t('scorecard.print')}</Link>
      </div>
      <BriefDownloadButton label={t('brief.country')} request={{ kind: 'country', iso2, lang: i18n.language === 'en' ? 'en' : 'de', profile, includeDrafts }} />
      <div className="filters filters--inline">
        <ProfileSelect profiles={profiles.data ?? []} value={profile} onChange={(v) => setParam('profile', v)} />
        <IncludeDraftsSwitch checked={includeDrafts} onChange={(on) => setParam('includeDrafts', on ? 'true' : undefined)} />
      </div>
      {data ? (
        <>
          <FictitiousNotice fictitious={data.country.fictitious} />
          <ScoreSummary scorecard={data} />
          <ScoreBreakdown scorecard={data} labels={labels} />
          <section aria-labelledby="sc-groups">
            <h2 id="sc-groups">{t('scorecard.groups')}</h2>
            <RadarChart groups={data.breakdown.groups} labels={labels} />
          </section>
          <section aria-labelledby="sc-criteria">
            <h2 id="sc-criteria">{t('scorecard.criteria')}</h2>
            <ExportLinks path={`/api/countries/${iso2}/scorecard`} query={{ profile, includeDrafts }} label={t('exports.scorecard')} />
            <BestLevels scorecard={data} labels={labels} />
          </section>
          <section aria-labelledby="sc-gaps">
            <h2 id="sc-gaps">{t('scorecard.gaps')}</h2>
            <p className="hint">{t('scorecard.gapsHint')}</p>
            {data.gaps.length === 0 ? <p>{t('scorecard.noGaps')}</p> : (
              <ul className="plain-list">{data.gaps.map((g) => <li key={g}>{labels.criterion(g)}</li>)}</ul>
            )}
          </section>
          <section aria-labelledby="sc-trend">
            <h2 id="sc-trend">{t('scorecard.trend')}</h2>
            {history.data ? <TrendChart history={history.data} /> : history.isError
              ? <QueryError error={history.error} onRetry={() => void history.refetch()} /> : <Loading />}
          </section>
          <section aria-labelledby="sc-in-force">
            <h2 id="sc-in-force">{t('scorecard.instrumentsInForce')}</h2>
            <InstrumentsTable instruments={data.instruments} caption={t('scorecard.instrumentsInForce')} fictitious={data.country.fictitious} />
          </section>
          <section aria-labelledby="sc-not-in-force">
            <h2 id="sc-not-in-force">{t('scorecard.instrumentsNotInForce')}</h2>
            <InstrumentsTable instruments={data.instrumentsNotInForce} caption={t('scorecard.instrumentsNotInForce')} fictitious={data.country.fictitious} />
          </section>
        </>
      ) : scorecard.isError ? (
        <QueryError error={scorecard.error} onRetry={() => void scorecard.refetch()} />
      ) : (
        <Loading />
      )}
    </>
  );
}
