import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRanking } from '@/features/scorecards/api/get-ranking';
import { useScorecards } from '@/features/scorecards/api/get-scorecard';
import { CompareTable } from '@/features/scorecards/components/compare-table';
import { CountryPicker } from '@/features/scorecards/components/country-picker';
import { BriefDownloadButton } from '@/features/briefs/components/brief-download-button';
import { useCriteria } from '@/features/criteria/api/get-criteria';
import { useProfiles } from '@/features/criteria/api/get-profiles';
import { ProfileSelect } from '@/components/ui/profile-select';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { useDocumentTitle } from '@/lib/use-document-title';
import { catalogLabels } from '@/utils/catalog';

export function ComparePage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const countries = [...new Set((params.get('countries') ?? '').split(',').map((c) => c.trim().toUpperCase()).filter(Boolean))].slice(0, 3);
  const profile = params.get('profile') ?? undefined;
  const options = useRanking({ profile });
  const results = useScorecards(countries, profile);
  const criteria = useCriteria();
  const profiles = useProfiles();
  const labels = catalogLabels(criteria.data, i18n.language);
  useDocumentTitle(t('compare.title'));

  const update = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const failed = results.find((r) => r.isError);
  const loaded = results.map((r) => r.data).filter((d) => d !== undefined);

  return (
    <>
      <h1>{t('compare.title')}</h1>
      <p className="lead">{t('compare.intro')}</p>
      <CountryPicker options={options.data ?? []} value={countries} onChange={(v) => update('countries', v.join(','))} />
      <div className="filters filters--inline">
        <ProfileSelect profiles={profiles.data ?? []} value={profile} onChange={(v) => update('profile', v)} />
      </div>
      {countries.length < 2 ? (
        <p className="empty-state">{t('compare.choose')}</p>
      ) : failed ? (
        <QueryError error={failed.error} onRetry={() => results.forEach((r) => void r.refetch())} />
      ) : loaded.length < countries.length ? (
        <Loading />
      ) : (
        <>
          <BriefDownloadButton label={t('brief.comparison')} request={{ kind: 'comparison', countries, lang: i18n.language === 'en' ? 'en' : 'de', profile }} />
          <CompareTable scorecards={loaded} labels={labels} />
        </>
      )}
    </>
  );
}
