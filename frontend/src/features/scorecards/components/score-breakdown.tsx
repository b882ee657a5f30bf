import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryScorecard } from '@/features/scorecards/api/types';
import { LevelValue } from '@/components/ui/score-value';
import type { CatalogLabels } from '@/utils/catalog';
import { formatNumber, formatPercent } from '@/utils/score';
import { TableScroll } from '@/components/ui/table-scroll';
import { NameBadge } from '@/components/ui/name-badge';

/** "Wie wird das berechnet?": the weights, every criterion's contribution and what was left out and why. */
export function ScoreBreakdown({ scorecard, labels }: { scorecard: CountryScorecard; labels: CatalogLabels }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const lang = i18n.language;
  const { groups, criteria } = scorecard.breakdown;
  const none = <span className="unknown">–</span>;
  return (
    <section className="breakdown" aria-labelledby={`${panelId}-h`}>
      <h2 id={`${panelId}-h`}>
        <button type="button" className="disclosure-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          <span aria-hidden="true" className="disclosure-button__icon">{open ? '▾' : '▸'}</span> {t('scorecard.howCalculated')}
        </button>
      </h2>
      {open && (
        <div id={panelId}>
          <p className="prose">{t('scorecard.howIntro')}</p>
          {scorecard.crossVersion && (
            <div className="alert alert--warning">
              <p>{t('scorecard.crossVersion', { criteria: scorecard.comparableCriteria.map((c) => labels.criterion(c)).join(', ') })}</p>
            </div>
          )}
          <h3>{t('scorecard.groupWeights')}</h3>
          <TableScroll label={t('scorecard.groupWeightsCaption')}>
            <table className="table table--compact">
              <caption className="visually-hidden">{t('scorecard.groupWeightsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('scorecard.group')}</th>
                  <th scope="col" className="num">{t('scorecard.weight')}</th>
                  <th scope="col" className="num">{t('scorecard.effectiveWeight')}</th>
                  <th scope="col" className="num">{t('scorecard.share')}</th>
                  <th scope="col" className="num">{t('scorecard.points')}</th>
                  <th scope="col">{t('scorecard.exclusion')}</th>
                </tr>
              </thead>
              <tbody>
                {groups.map((g) => (
                  <tr key={g.code}>
                    <th scope="row">{g.code} – {labels.group(g.code)}</th>
                    <td className="num">{formatPercent(g.weight, lang)}</td>
                    <td className="num">{formatPercent(g.effectiveWeight, lang)}</td>
                    <td className="num">{formatPercent(g.share, lang) ?? none}</td>
                    <td className="num">{formatNumber(g.points, lang) ?? none}</td>
                    <td>{g.excludedReason ? t(`excluded.${g.excludedReason}`, { defaultValue: g.excludedReason }) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <h3>{t('scorecard.contributions')}</h3>
          <TableScroll label={t('scorecard.contributionsCaption')}>
            <table className="table table--compact">
              <caption className="visually-hidden">{t('scorecard.contributionsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('scorecard.criterion')}</th>
                  <th scope="col">{t('scorecard.group')}</th>
                  <th scope="col" className="num">{t('score.levelShort')}</th>
                  <th scope="col" className="num">{t('scorecard.max')}</th>
                  <th scope="col" className="num">{t('scorecard.contribution')}</th>
                  <th scope="col">{t('scorecard.exclusion')}</th>
                </tr>
              </thead>
              <tbody>
                {criteria.map((c) => (
                  <tr key={c.code}>
                    <th scope="row">{labels.criterion(c.code)}{c.core && <NameBadge tone="core">{t('score.core')}</NameBadge>}</th>
                    <td>{c.groupCode}</td>
                    <td className="num">{c.status === 'NOT_APPLICABLE' ? t('score.notApplicable') : <LevelValue level={c.level} />}</td>
                    <td className="num">{c.max}</td>
                    <td className="num">{formatNumber(c.contribution, lang) ?? none}</td>
                    <td>{c.excludedReason ? t(`excluded.${c.excludedReason}`, { defaultValue: c.excludedReason }) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </div>
      )}
    </section>
  );
}
