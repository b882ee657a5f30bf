import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { InstrumentSummary } from '@/features/scorecards/api/types';
import { ScoreValue } from '@/components/ui/score-value';
import { formatPercent } from '@/utils/score';
import { TableScroll } from '@/components/ui/table-scroll';
import { InstrumentTitle } from '@/components/ui/instrument-title';
import type { AgreementStatus, AgreementType } from '@/config/enums';
import { FictitiousBadge } from '@/components/ui/fictitious-badge';

/** `fictitious`: the instruments of the demo seed's fictitious country, each marked as such. */
export function InstrumentsTable({ instruments, caption, fictitious }: { instruments: InstrumentSummary[]; caption: string; fictitious?: boolean }) {
  const { t, i18n } = useTranslation();
  if (instruments.length === 0) return <p>{t('scorecard.noInstruments')}</p>;
  return (
    <TableScroll label={caption}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scorecard.title_col')}</th>
            <th scope="col">{t('field.type')}</th>
            <th scope="col">{t('field.status')}</th>
            <th scope="col" className="num">{t('dashboard.score')}</th>
            <th scope="col" className="num">{t('score.coverage')}</th>
            <th scope="col" className="num">{t('score.redFlags')}</th>
          </tr>
        </thead>
        <tbody>
          {instruments.map((i) => (
            <tr key={i.id}>
              <th scope="row"><Link to={`/agreements/${i.id}`}><InstrumentTitle item={i} /></Link><FictitiousBadge fictitious={fictitious} /></th>
              <td>{i.type ? t(`type.${i.type as AgreementType}`) : <span className="unknown">{t('common.unknown')}</span>}</td>
              <td>{t(`status.${i.status as AgreementStatus}`, { defaultValue: i.status })}</td>
              <td className="num"><ScoreValue score={i.score} /></td>
              <td className="num">{formatPercent(i.coverage, i18n.language)}</td>
              <td className="num">{i.redFlagCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
