import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/features/assessments/api/get-assessments';

/** "x von 12 bewertet" as text and as a bar; not applicable counts as done, since it is a decision with a reason. */
export function AssessmentProgress({ assessments }: { assessments: Assessment[] }) {
  const { t } = useTranslation();
  const id = useId();
  const done = assessments.filter((a) => a.status !== 'NOT_ASSESSED').length;
  const na = assessments.filter((a) => a.status === 'NOT_APPLICABLE').length;
  const total = assessments.length;
  return (
    <div className="assessment-progress">
      <p id={id} className="assessment-progress__text">
        <strong>{t('assessment.progress')}:</strong> {t('assessment.progressText', { done, total })}
        {na > 0 && <> ({t('assessment.progressNa', { count: na })})</>}
      </p>
      <progress className="progress-bar" max={total || 1} value={done} aria-labelledby={id} />
    </div>
  );
}
