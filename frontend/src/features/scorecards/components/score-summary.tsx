import { useTranslation } from 'react-i18next';
import type { CountryScorecard } from '@/features/scorecards/api/types';
import { FlagList } from '@/features/scorecards/components/flag-list';
import { formatPercent, formatScore } from '@/utils/score';
import { notAssessedReason } from '@/features/scorecards/utils/not-assessed-reason';

/** The big number with coverage, red flags and notes. */
export function ScoreSummary({ scorecard }: { scorecard: CountryScorecard }) {
  const { t, i18n } = useTranslation();
  const percent = formatPercent(scorecard.coverage, i18n.language);
  const reason = notAssessedReason(scorecard);
  return (
    <div className="score-summary">
      <p className="score-big">
        {scorecard.score === null ? (
          <span className="score-big__value unknown">{reason ? t(`scoreReason.${reason.kind}`) : t('score.notAssessed')}</span>
        ) : (
          <><span className="score-big__value">{formatScore(scorecard.score, i18n.language)}</span> <span className="score-big__max">{t('score.ofHundred')}</span></>
        )}
      </p>
      <div>
        {reason?.kind === 'noneInForce' && (
          <p className="score-reason">{t('scoreReason.noneInForceText', { count: reason.count, status: t(`status.${reason.status}`, { defaultValue: reason.status }) })}</p>
        )}
        {reason?.kind === 'noApproved' && <p className="score-reason">{t('scoreReason.noApprovedText')}</p>}
        {reason?.kind === 'noRatings' && <p className="score-reason">{t('scoreReason.noRatingsText')}</p>}
        <p className="score-coverage"><strong>{t('score.coverage')}:</strong> {t('score.coverageText', { percent })}</p>
        <progress className="coverage-bar" max={1} value={scorecard.coverage} aria-label={t('score.coverage')}>{percent}</progress>
      </div>
      <section aria-labelledby="sc-flags" className="score-flags">
        <h2 id="sc-flags">{t('score.redFlags')}</h2>
        {scorecard.redFlags.length === 0 ? <p>{t('score.noRedFlags')}</p> : <FlagList flags={scorecard.redFlags} kind="red" />}
        {scorecard.notes.length > 0 && (
          <>
            <h3>{t('score.notes')}</h3>
            <FlagList flags={scorecard.notes} kind="note" />
          </>
        )}
      </section>
    </div>
  );
}
