import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/features/assessments/api/get-assessments';
import { AssessmentProgress } from '@/features/assessments/components/assessment-progress';
import { CriterionAssessment, type TreatyOption } from '@/features/assessments/components/criterion-assessment';
import { catalogName, type Catalog } from '@/utils/catalog';

type Props = {
  agreementId: number;
  /** Non-binding instruments (MoU, working structure, unknown form) may cross-reference a treaty. */
  binding: boolean;
  catalog: Catalog;
  assessments: Assessment[];
  treaties: TreatyOption[];
};

/** The twelve criteria, the four core ones first, then the rest by group. */
export function AssessmentChecklist({ agreementId, binding, catalog, assessments, treaties }: Props) {
  const { t, i18n } = useTranslation();
  const byId = new Map(assessments.map((a) => [a.criterionId, a]));
  const criteria = catalog.criteria.filter((c) => !c.retired);
  const core = criteria.filter((c) => c.core);
  const groups = [...catalog.groups].sort((a, b) => a.displayOrder - b.displayOrder);
  const groupName = (code: string) => {
    const g = catalog.groups.find((x) => x.code === code);
    return g ? catalogName(g, i18n.language) : code;
  };
  const item = (c: Catalog['criteria'][number]) => (
    <li key={c.id}>
      <CriterionAssessment agreementId={agreementId} criterion={c} groupLabel={t('assessment.group', { code: c.group, name: groupName(c.group) })}
        assessment={byId.get(c.id)} binding={binding} treaties={treaties} />
    </li>
  );
  return (
    <>
      <AssessmentProgress assessments={assessments} />
      <p className="hint">{t('assessment.intro')}</p>
      <section aria-labelledby="assess-core">
        <h2 id="assess-core">{t('assessment.core')}</h2>
        <p className="hint">{t('assessment.coreHint')}</p>
        <ul className="criterion-list">{core.map(item)}</ul>
      </section>
      {groups.map((g) => {
        const rest = criteria.filter((c) => c.group === g.code && !c.core);
        if (rest.length === 0) return null;
        return (
          <section key={g.code} aria-labelledby={`assess-${g.code}`}>
            <h2 id={`assess-${g.code}`}>{t('assessment.group', { code: g.code, name: catalogName(g, i18n.language) })}</h2>
            <ul className="criterion-list">{rest.map(item)}</ul>
          </section>
        );
      })}
    </>
  );
}
