import { lazy, Suspense, useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRanking } from '@/features/scorecards/api/get-ranking';
import { RankingTable } from '@/features/scorecards/components/ranking-table';
import { useCriteria } from '@/features/criteria/api/get-criteria';
import { useProfiles } from '@/features/criteria/api/get-profiles';
import { ProfileSelect } from '@/components/ui/profile-select';
import { IncludeDraftsSwitch } from '@/components/ui/include-drafts-switch';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { AGREEMENT_TYPES, REGIONS } from '@/config/enums';
import { useDocumentTitle } from '@/lib/use-document-title';
import { catalogLabels } from '@/utils/catalog';
import { ExportLinks } from '@/components/ui/export-links';
import { FictitiousBadge } from '@/components/ui/fictitious-badge';

// d3-geo, topojson and the atlas load only with the map.
const WorldMap = lazy(() => import('@/features/scorecards/components/world-map'));

const CORE_FALLBACK = ['DP-BASE', 'PURPOSE', 'INDEP-OVERSIGHT', 'CAPACITY'];

export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const id = useId();
  const query = {
    region: params.get('region') ?? undefined, type: params.get('type') ?? undefined, profile: params.get('profile') ?? undefined,
    includeDrafts: params.get('includeDrafts') === 'true',
  };
  const ranking = useRanking(query);
  const criteria = useCriteria();
  const profiles = useProfiles();
  const labels = catalogLabels(criteria.data, i18n.language);
  const core = criteria.data ? criteria.data.criteria.filter((c) => c.core && !c.retired).map((c) => c.id) : CORE_FALLBACK;
  useDocumentTitle(t('nav.dashboard'));

  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const entries = ranking.data ?? [];
  const flagged = entries.filter((e) => e.redFlagCount > 0);

  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      <p className="lead">{t('dashboard.intro')}</p>
      <form className="filters" role="search" aria-label={t('dashboard.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-region`}>{t('dashboard.region')}</label>
          <select id={`${id}-region`} value={query.region ?? ''} onChange={(e) => setParam('region', e.target.value)}>
            <option value="">{t('dashboard.allRegions')}</option>
            {REGIONS.filter((r) => r !== 'ANTARCTIC').map((r) => <option key={r} value={r}>{t(`region.${r}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('dashboard.type')}</label>
          <select id={`${id}-type`} value={query.type ?? ''} onChange={(e) => setParam('type', e.target.value)}>
            <option value="">{t('dashboard.allTypes')}</option>
            {AGREEMENT_TYPES.map((v) => <option key={v} value={v}>{t(`type.${v}`)}</option>)}
          </select>
        </div>
        <ProfileSelect profiles={profiles.data ?? []} value={query.profile} onChange={(v) => setParam('profile', v)} />
        <IncludeDraftsSwitch checked={query.includeDrafts} onChange={(on) => setParam('includeDrafts', on ? 'true' : undefined)} />
      </form>

      {ranking.isError ? (
        <QueryError error={ranking.error} onRetry={() => void ranking.refetch()} />
      ) : ranking.isPending ? (
        <Loading />
      ) : (
        <>
          <section aria-labelledby="dash-map" className="dashboard-map">
            <h2 id="dash-map">{t('dashboard.map')}</h2>
            <Suspense fallback={<p className="loading" role="status">{t('dashboard.mapLoading')}</p>}>
              <WorldMap entries={entries} />
            </Suspense>
          </section>
          <section aria-labelledby="dash-ranking">
            <h2 id="dash-ranking">{t('dashboard.ranking')}</h2>
            <ExportLinks path="/api/scorecards" query={query} label={t('exports.ranking')} />
            <RankingTable entries={entries} coreCriteria={core} labels={labels} stale={ranking.isPlaceholderData} />
          </section>
          <section aria-labelledby="dash-flags">
            <h2 id="dash-flags">{t('dashboard.redFlagsTitle')}</h2>
            {flagged.length === 0 ? <p>{t('dashboard.noRedFlags')}</p> : (
              <ul className="flag-list flag-list--red">
                {flagged.map((e) => (
                  <li key={e.iso2}>
                    <span aria-hidden="true" className="flag-icon">⚠ </span>
                    <Link to={`/countries/${e.iso2}/scorecard`}>{i18n.language === 'en' ? e.nameEn : e.nameDe}</Link>
                    <FictitiousBadge fictitious={e.fictitious} />
                    {': '}{t('dashboard.redFlagCount', { count: e.redFlagCount })}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
