import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryPoint } from '@/features/scorecards/api/types';
import { ScoreValue } from '@/components/ui/score-value';
import { formatDate, formatDateTime } from '@/utils/format';
import { formatPercent } from '@/utils/score';
import { TableScroll } from '@/components/ui/table-scroll';

const W = 640;
const H = 220;
const PAD = { left: 44, right: 16, top: 12, bottom: 32 };

/** Score over time as a line; null scores break the line (unknown is not 0). The table below carries the values. */
export function TrendChart({ history }: { history: HistoryPoint[] }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  if (history.length === 0) return <p>{t('scorecard.trendEmpty')}</p>;
  const points = [...history].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  const times = points.map((p) => new Date(p.recordedAt).getTime());
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const x = (time: number) => PAD.left + (t1 === t0 ? 0.5 : (time - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (score: number) => PAD.top + (1 - score / 100) * (H - PAD.top - PAD.bottom);

  const segments: string[] = [];
  let current: string[] = [];
  points.forEach((p, i) => {
    if (p.score === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
    } else {
      current.push(`${current.length ? 'L' : 'M'}${x(times[i]).toFixed(1)},${y(p.score).toFixed(1)}`);
    }
  });
  if (current.length) segments.push(current.join(' '));

  return (
    <>
      <svg className="trend-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{t('scorecard.trendLabel')}</title>
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line className="trend-chart__grid" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text className="trend-chart__tick" x={PAD.left - 6} y={y(v)} textAnchor="end" dominantBaseline="middle">{v}</text>
          </g>
        ))}
        <text className="trend-chart__tick" x={PAD.left} y={H - 8}>{formatDate(points[0].recordedAt, i18n.language)}</text>
        <text className="trend-chart__tick" x={W - PAD.right} y={H - 8} textAnchor="end">{formatDate(points[points.length - 1].recordedAt, i18n.language)}</text>
        {segments.map((d, i) => <path key={i} className="trend-chart__line" d={d} />)}
        {points.map((p, i) => p.score !== null && <circle key={i} className="trend-chart__dot" cx={x(times[i])} cy={y(p.score)} r={4} />)}
      </svg>
      <details className="disclosure">
        <summary>{t('scorecard.trendTable')}</summary>
        <TableScroll label={t('scorecard.trendCaption')}>
          <table className="table table--compact">
            <caption className="visually-hidden">{t('scorecard.trendCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('scorecard.recordedAt')}</th>
                <th scope="col" className="num">{t('dashboard.score')}</th>
                <th scope="col" className="num">{t('score.coverage')}</th>
                <th scope="col" className="num">{t('score.redFlags')}</th>
              </tr>
            </thead>
            <tbody>
              {[...points].reverse().map((p, i) => (
                <tr key={`${p.recordedAt}-${i}`}>
                  <th scope="row">{formatDateTime(p.recordedAt, i18n.language)}</th>
                  <td className="num"><ScoreValue score={p.score} /></td>
                  <td className="num">{formatPercent(p.coverage, i18n.language)}</td>
                  <td className="num">{p.redFlagCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </>
  );
}
