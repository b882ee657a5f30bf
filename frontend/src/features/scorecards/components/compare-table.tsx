import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CountryScorecard } from '@/features/scorecards/api/types';
import { FlagList } from '@/features/scorecards/components/flag-list';
import { LevelValue, ScoreValue } from '@/components/ui/score-value';
import type { CatalogLabels } from '@/utils/catalog';
import { formatPercent } from '@/utils/score';
import { TableScroll } from '@/components/ui/table-scroll';
import { FictitiousBadge } from '@/components/ui/fictitious-badge';
import { NameBadge } from '@/components/ui/name-badge';

/** Two or three countries side by side: one column per country, one row per aspect. */
export function CompareTable({ scorecards, labels }: { scorecards: CountryScorecard[]; labels: CatalogLabels }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const criteria = scorecards[0]?.criteria.map((c) => ({ id: c.criterionId, core: c.core })) ?? [];
  const level = (s: CountryScorecard, id: string) => {
    const c = s.criteria.find((x) => x.criterionId === id);
    if (!c) return <LevelValue level={null} />;
    if (c.status === 'NOT_APPLICABLE') return <span className="unknown">{t('score.notApplicable')}</span>;
    return <LevelValue level={c.level} max={c.max} />;
  };
  return (
    <TableScroll label={t('compare.caption')}>
      <table className="table compare-table">
        <caption className="visually-hidden">{t('compare.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.aspect')}</th>
            {scorecards.map((s) => (
              <th scope="col" key={s.country.iso2}>
                <Link to={`/countries/${s.country.iso2}/scorecard`}>{lang === 'en' ? s.country.nameEn : s.country.nameDe}</Link>
                <FictitiousBadge fictitious={s.country.fictitious} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('dashboard.score')}</th>
            {scorecards.map((s) => <td key={s.country.iso2} className="compare-table__score"><ScoreValue score={s.score} /></td>)}
          </tr>
          <tr>
            <th scope="row">{t('score.coverage')}</th>
            {scorecards.map((s) => <td key={s.country.iso2}>{formatPercent(s.coverage, lang)}</td>)}
          </tr>
          <tr>
            <th scope="row">{t('score.redFlags')}</th>
            {scorecards.map((s) => (
              <td key={s.country.iso2}>{s.redFlags.length === 0 ? t('score.noRedFlags') : <FlagList flags={s.redFlags} kind="red" />}</td>
            ))}
          </tr>
          {criteria.map((c) => (
            <tr key={c.id}>
              <th scope="row">{labels.criterion(c.id)}{c.core && <NameBadge tone="core">{t('score.core')}</NameBadge>}</th>
              {scorecards.map((s) => <td key={s.country.iso2}>{level(s, c.id)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
