import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CountryScorecard } from '@/features/scorecards/api/types';
import { ProvidingTitle } from '@/features/scorecards/components/best-levels';
import { catalogLabels, type Catalog } from '@/utils/catalog';
import { formatDate } from '@/utils/format';
import { formatPercent, formatScore } from '@/utils/score';
import { FictitiousBadge, FictitiousNotice } from '@/components/ui/fictitious-badge';
import { TableScroll } from '@/components/ui/table-scroll';

type Props = { scorecard: CountryScorecard; catalog: Catalog | undefined; lang: 'de' | 'en' };

/** One A4 page in the language asked for, independent of the language the app is shown in. */
export function PrintScorecard({ scorecard, catalog, lang }: Props) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(lang);
  const labels = catalogLabels(catalog, lang);
  const country = lang === 'en' ? scorecard.country.nameEn : scorecard.country.nameDe;
  const score = formatScore(scorecard.score, lang);
  const sources = [...new Set(scorecard.criteria.map((c) => c.evidence?.source).filter((s): s is string => !!s))];
  const today = formatDate(new Date().toISOString(), lang);
  const none = t('score.dash');

  return (
    <article className="print-page" lang={lang}>
      <div className="print-actions no-print">
        <Link to={`/countries/${scorecard.country.iso2}/scorecard`}>← {t('print.back')}</Link>
        <button type="button" className="button" onClick={() => window.print()}>{t('print.print')}</button>
      </div>
      <header className="print-header">
        <h1>{t('print.title', { country })}<FictitiousBadge fictitious={scorecard.country.fictitious} language={lang} /></h1>
        <FictitiousNotice fictitious={scorecard.country.fictitious} language={lang} />
        <p>{t('print.generated', { date: today, profile: t(`profileName.${scorecard.profile}`, { defaultValue: scorecard.profile }) })}</p>
      </header>
      <section className="print-score">
        <p className="score-big">
          {score === undefined ? <span className="score-big__value">{t('score.notAssessed')}</span>
            : <><span className="score-big__value">{score}</span> <span className="score-big__max">{t('score.ofHundred')}</span></>}
        </p>
        <p><strong>{t('score.coverage')}:</strong> {t('score.coverageText', { percent: formatPercent(scorecard.coverage, lang) })}</p>
        <div>
          <h2>{t('score.redFlags')}</h2>
          {scorecard.redFlags.length === 0 ? <p>{t('score.noRedFlags')}</p> : (
            <ul>{scorecard.redFlags.map((f) => <li key={f.code}>{t(`flag.${f.code}`, { defaultValue: f.message })}</li>)}</ul>
          )}
          {scorecard.notes.length > 0 && <ul>{scorecard.notes.map((f) => <li key={f.code}>{t(`flag.${f.code}`, { defaultValue: f.message })}</li>)}</ul>}
        </div>
      </section>
      <TableScroll label={t('scorecard.criteriaCaption')}>
      <table className="print-table">
        <caption>{t('scorecard.criteriaCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scorecard.criterion')}</th>
            <th scope="col">{t('score.levelShort')}</th>
            <th scope="col">{t('scorecard.providedBy')}</th>
            <th scope="col">{t('assessment.reference')}</th>
          </tr>
        </thead>
        <tbody>
          {scorecard.criteria.map((c) => {
            const src = c.evidence?.source ? sources.indexOf(c.evidence.source) + 1 : undefined;
            return (
              <tr key={c.criterionId}>
                <th scope="row">{labels.criterion(c.criterionId)}{c.core ? ' ★' : ''}{c.gap ? ` (${t('scorecard.gap')})` : ''}</th>
                <td>{c.status === 'NOT_APPLICABLE' ? t('score.notApplicable') : c.level === null ? none : `${c.level} / ${c.max}`}</td>
                <td>{c.agreementId !== null ? <ProvidingTitle scorecard={scorecard} level={c} language={lang} /> : '–'}</td>
                <td>{c.evidence?.reference ?? '–'}{src ? <sup> [{src}]</sup> : null}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </TableScroll>
      <p className="print-legend">★ {t('score.core')}</p>
      <section>
        <h2>{t('print.sources')}</h2>
        {sources.length === 0 ? <p>{t('print.noSources')}</p> : (
          <ol className="print-sources">{sources.map((s) => <li key={s}>{s}</li>)}</ol>
        )}
      </section>
    </article>
  );
}
