import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupResult } from '@/features/scorecards/api/types';
import type { CatalogLabels } from '@/utils/catalog';
import { formatNumber, formatPercent } from '@/utils/score';
import { TableScroll } from '@/components/ui/table-scroll';

const W = 680;
const H = 380;
const CX = W / 2;
const CY = H / 2 + 5;
const R = 130;

function point(i: number, n: number, r: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  return [CX + r * Math.cos(angle), CY + r * Math.sin(angle)];
}

/**
 * Radar of the groups' shares of achievable points. Groups without an assessed criterion are unknown, not 0:
 * they get no point and their axis label says so. The table next to it carries the same values as text.
 */
export function RadarChart({ groups, labels }: { groups: GroupResult[]; labels: CatalogLabels }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const n = groups.length;
  if (n < 3) return null;
  const known = groups.map((g, i) => ({ g, i })).filter(({ g }) => g.share !== null);
  const polygon = known.map(({ g, i }) => point(i, n, R * (g.share ?? 0)).join(',')).join(' ');

  return (
    <div className="chart-with-table">
      <svg className="radar-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{t('scorecard.radarLabel')}</title>
        {[0.25, 0.5, 0.75, 1].map((f) => (
          <polygon key={f} className="radar-chart__ring" points={groups.map((_, i) => point(i, n, R * f).join(',')).join(' ')} />
        ))}
        {groups.map((g, i) => {
          const [x, y] = point(i, n, R);
          const [lx, ly] = point(i, n, R + 22);
          const anchor = Math.abs(lx - CX) < 10 ? 'middle' : lx > CX ? 'start' : 'end';
          return (
            <g key={g.code}>
              <line className="radar-chart__axis" x1={CX} y1={CY} x2={x} y2={y} strokeDasharray={g.share === null ? '4 4' : undefined} />
              <text x={lx} y={ly} textAnchor={anchor} dominantBaseline="middle" className="radar-chart__label">
                <tspan x={lx} fontWeight="700">{g.code} {g.share === null ? t('score.notAssessed') : formatPercent(g.share, i18n.language)}</tspan>
                <tspan x={lx} dy="1.2em">{labels.group(g.code)}</tspan>
              </text>
            </g>
          );
        })}
        {known.length >= 3 && <polygon className="radar-chart__area" points={polygon} />}
        {known.map(({ g, i }) => {
          const [x, y] = point(i, n, R * (g.share ?? 0));
          return <circle key={g.code} className="radar-chart__dot" cx={x} cy={y} r={5} />;
        })}
      </svg>
      <TableScroll label={t('scorecard.groupsCaption')}>
        <table className="table table--compact">
          <caption>{t('scorecard.groupsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scorecard.group')}</th>
              <th scope="col" className="num">{t('scorecard.share')}</th>
              <th scope="col" className="num">{t('scorecard.points')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.code}>
                <th scope="row">{g.code} – {labels.group(g.code)}</th>
                <td className="num">{g.share === null ? <span className="unknown">{t('score.notAssessed')}</span> : formatPercent(g.share, i18n.language)}</td>
                <td className="num">{formatNumber(g.points, i18n.language) ?? <span className="unknown">{t('score.notAssessed')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
