import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RankingEntry } from '@/features/scorecards/api/types';
import { LevelValue, ScoreValue } from '@/components/ui/score-value';
import type { CatalogLabels } from '@/utils/catalog';
import { formatPercent } from '@/utils/score';
import { TableScroll } from '@/components/ui/table-scroll';
import { FictitiousBadge } from '@/components/ui/fictitious-badge';

type Props = { entries: RankingEntry[]; coreCriteria: string[]; labels: CatalogLabels; stale?: boolean };

/** The highest level of a criterion's scale (levels 0 to 3 in today's catalogue). */
function maxLevel(labels: CatalogLabels, code: string): number | undefined {
  const scale = labels.criterionDef(code)?.scaleEn;
  return scale && scale.length > 0 ? scale.length - 1 : undefined;
}

/** A scored fictitious country has no rank because it is invented, not because it lacks ratings: say so. */
function NoRank({ fictitious }: { fictitious: boolean }) {
  const { t } = useTranslation();
  if (!fictitious) return <LevelValue level={null} />;
  return <span className="unknown"><span aria-hidden="true">–</span><span className="visually-hidden">{t('fixes.notRankedFictitious')}</span></span>;
}

/** The ranking; also the text alternative to the map. Unscored countries come last with no rank. */
export function RankingTable({ entries, coreCriteria, labels, stale }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (entries.length === 0) return <p className="empty-state">{t('dashboard.empty')}</p>;
  return (
    <TableScroll label={t('dashboard.rankingCaption')}>
      <table className={stale ? 'table is-stale' : 'table'}>
        <caption className="visually-hidden">{t('dashboard.rankingCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">{t('dashboard.rank')}</th>
            <th scope="col">{t('dashboard.country')}</th>
            <th scope="col" className="num">{t('dashboard.score')}</th>
            <th scope="col" className="num">{t('score.coverage')}</th>
            <th scope="col" className="num">{t('score.redFlags')}</th>
            {coreCriteria.map((code) => (
              <th scope="col" className="num th-criterion" key={code}>{labels.criterion(code)} <span className="muted" translate="no" aria-hidden="true">({code})</span></th>
            ))}
            <th scope="col" className="num">{t('dashboard.instruments')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const name = lang === 'en' ? e.nameEn : e.nameDe;
            return (
              <tr key={e.iso2}>
                <td className="num">{e.score === null || e.rank === 0 || e.rank == null ? <NoRank fictitious={e.fictitious && e.score !== null} /> : e.rank}</td>
                <th scope="row"><Link to={`/countries/${e.iso2}/scorecard`}>{name}</Link><FictitiousBadge fictitious={e.fictitious} /></th>
                <td className="num"><ScoreValue score={e.score} /></td>
                <td className="num">{formatPercent(e.coverage, lang)}</td>
                <td className="num">{e.redFlagCount > 0 ? <strong className="flag-count">{e.redFlagCount}</strong> : 0}</td>
                {coreCriteria.map((code) => <td className="num" key={code}><LevelValue level={e.coreLevels[code]} max={maxLevel(labels, code)} /></td>)}
                <td className="num">{e.instrumentCount}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
