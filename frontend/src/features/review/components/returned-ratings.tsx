import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useReturnedRatings } from '@/features/review/api/get-returned';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { formatDateTime, pickTitle, regionName } from '@/utils/format';
import { ExportLinks } from '@/components/ui/export-links';

type Props = {
  /** Criterion names come from the catalogue, which this feature does not own. */
  criterionName: (criterionId: string) => string;
};

/** Ratings reviewers sent back to the signed-in author, each with the reviewer's comment and a way to revise it. */
export function ReturnedRatingsList({ criterionName }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, isPending, isError, error, refetch } = useReturnedRatings();
  return (
    <section aria-labelledby="returned-heading">
      <h2 id="returned-heading">{t('reviewDecision.returnedTitle')}</h2>
      {isPending ? <Loading /> : isError ? <QueryError error={error} onRetry={() => void refetch()} /> : data.items.length === 0 ? (
        <p>{t('reviewDecision.returnedEmpty')}</p>
      ) : (
        <>
          <p className="hint">{t('reviewDecision.returnedIntro')}</p>
          <ExportLinks path="/api/reviews/returned" label={t('exports.returned')} />
          <ul className="returned-list">
            {data.items.map((item) => {
              const title = pickTitle({ titleDe: item.agreementTitleDe, titleEn: item.agreementTitleEn, titleOriginal: null }, lang) ?? t('common.untitled');
              const country = (lang === 'en' ? item.countryNameEn : item.countryNameDe) || regionName(item.countryIso2, lang);
              const criterion = criterionName(item.criterionId);
              return (
                <li key={`${item.agreementId}:${item.criterionId}`} className="returned-card">
                  <h3>{criterion}</h3>
                  <p>{country} – {title}</p>
                  <p className="muted">{t('reviewDecision.returnedBy', { who: item.reviewedBy, when: formatDateTime(item.reviewedAt, lang) })}</p>
                  <p><strong>{t('reviewDecision.reviewerComment')}:</strong> {item.reviewComment}</p>
                  <p>
                    <Link to={`/agreements/${item.agreementId}/assessment`}>
                      {t('reviewDecision.openAssessment')}<span className="visually-hidden">: {country} – {title} – {criterion}</span>
                    </Link>
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
