import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Confidence } from '@/config/enums';
import type { BestLevel, CountryScorecard } from '@/features/scorecards/api/types';
import { LevelValue } from '@/components/ui/score-value';
import type { CatalogLabels } from '@/utils/catalog';
import { TableScroll } from '@/components/ui/table-scroll';
import { formatDate } from '@/utils/format';
import { EvidencePassageLink, hasPassage } from '@/features/passages/components/passage-link';
import { PassageInPlace, QuoteMarking } from '@/features/passages/components/passage-in-place';
import { InstrumentTitle } from '@/components/ui/instrument-title';
import { NameBadge } from '@/components/ui/name-badge';

/** Title of the providing instrument in the reader's language; the best level only carries the German one. */
export function ProvidingTitle({ scorecard, level, language }: { scorecard: CountryScorecard; level: BestLevel; language?: string }) {
  const all = [...scorecard.instruments, ...scorecard.instrumentsNotInForce];
  const found = all.find((i) => i.id === level.agreementId);
  return <InstrumentTitle item={found ?? { titleDe: level.agreementTitle }} language={language} />;
}

function statusText(t: TFunction, level: BestLevel) {
  if (level.status === 'NOT_APPLICABLE') return <span className="unknown">{t('score.notApplicable')}</span>;
  return <LevelValue level={level.level} max={level.max} />;
}

/** With drafts included, whether a level rests on an approved rating or on a draft. */
function BasisLabel({ basis }: { basis: string | null }) {
  const { t } = useTranslation();
  if (!basis) return null;
  return <span className={`badge badge--basis-${basis.toLowerCase()}`}>{t(`score.levelBasis.${basis}`, { defaultValue: basis })}</span>;
}

/** Each criterion's best level across the country's effective instruments, with its evidence one click away. */
export function BestLevels({ scorecard, labels }: { scorecard: CountryScorecard; labels: CatalogLabels }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string>();
  return (
    <TableScroll label={t('scorecard.criteriaCaption')}>
      <table className="table">
        <caption className="visually-hidden">{t('scorecard.criteriaCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scorecard.criterion')}</th>
            <th scope="col">{t('scorecard.bestLevel')}</th>
            <th scope="col">{t('scorecard.providedBy')}</th>
            <th scope="col">{t('scorecard.evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {scorecard.criteria.map((c) => {
            const name = labels.criterion(c.criterionId);
            const expanded = open === c.criterionId;
            const panelId = `evidence-${c.criterionId}`;
            return (
              <Fragment key={c.criterionId}>
                <tr className={c.gap ? 'row--gap' : undefined}>
                  <th scope="row">
                    {name}
                    {c.core && <NameBadge tone="core">{t('score.core')}</NameBadge>}
                    {c.gap && <NameBadge tone="gap">{t('scorecard.gap')}</NameBadge>}
                  </th>
                  <td>{statusText(t, c)}{scorecard.includesDrafts && <> <BasisLabel basis={c.levelBasis} /></>}</td>
                  <td>
                    {c.agreementId !== null
                      ? <Link to={`/agreements/${c.agreementId}`}><ProvidingTitle scorecard={scorecard} level={c} /></Link>
                      : <span className="unknown">{t('common.none')}</span>}
                  </td>
                  <td>
                    {c.agreementId !== null && (
                      <button type="button" className="button button--secondary button--small" aria-expanded={expanded} aria-controls={panelId}
                        onClick={() => setOpen(expanded ? undefined : c.criterionId)}>
                        {expanded ? t('scorecard.hideEvidence') : t('scorecard.showEvidence')}
                        <span className="visually-hidden">: {name}</span>
                      </button>
                    )}
                  </td>
                </tr>
                {expanded && (
                  <tr className="evidence-row">
                    <td colSpan={4} id={panelId}>
                      <Evidence level={c} label={t('scorecard.evidenceFor', { criterion: name })} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Evidence({ level, label }: { level: BestLevel; label: string }) {
  const { t, i18n } = useTranslation();
  const e = level.evidence;
  return (
    <section aria-label={label} className="evidence">
      {level.status === 'NOT_APPLICABLE' && level.notApplicableReason && <p><strong>{t('score.notApplicable')}:</strong> <span translate="no">{level.notApplicableReason}</span></p>}
      {!e ? <p>{t('scorecard.noEvidence')}</p> : (
        <dl className="evidence__facts">
          {e.reference && <><dt>{t('assessment.reference')}</dt><dd translate="no">{e.reference}</dd></>}
          {level.agreementId !== null && hasPassage(e) && (
            <><dt>{t('passages.title')}</dt><dd>
              <EvidencePassageLink agreementId={level.agreementId} evidence={e} />
              <PassageInPlace agreementId={level.agreementId} evidence={e} />
            </dd></>
          )}
          {e.quote && <><dt>{t('assessment.quote')}</dt><dd><QuoteMarking marking={e.marking} /><blockquote className="quote" translate="no">{e.quote}</blockquote></dd></>}
          {e.source && <><dt>{t('assessment.source')}</dt><dd translate="no">{/^https?:\/\//.test(e.source) ? <a href={e.source}>{e.source}</a> : e.source}</dd></>}
          {e.asOf && <><dt>{t('assessment.asOf')}</dt><dd>{formatDate(e.asOf, i18n.language)}</dd></>}
          {level.confidence && <><dt>{t('assessment.confidence')}</dt><dd>{t(`confidence.${level.confidence as Confidence}`)}</dd></>}
        </dl>
      )}
    </section>
  );
}
