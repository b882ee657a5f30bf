import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import type { Assessment } from '@/features/assessments/api/get-assessments';
import { isSubmittable, refreshAfterSubmit, submitAssessment } from '@/features/assessments/api/submit-assessment';
import { ApiError } from '@/lib/api-client';
import { AssessmentProgress } from '@/features/assessments/components/assessment-progress';
import { CriterionAssessment, type TreatyOption } from '@/features/assessments/components/criterion-assessment';
import { catalogName, type Catalog } from '@/utils/catalog';
import { useUnsavedChanges } from '@/lib/use-unsaved-changes';
import { UnsavedChangesDialog } from '@/components/ui/unsaved-changes-dialog';

type Props = {
  agreementId: number;
  /** Non-binding instruments (MoU, working structure, unknown form) may cross-reference a treaty. */
  binding: boolean;
  catalog: Catalog;
  assessments: Assessment[];
  treaties: TreatyOption[];
  readOnly?: boolean;
};

/** The twelve criteria, the four core ones first, then the rest by group. */
export function AssessmentChecklist({ agreementId, binding, catalog, assessments, treaties, readOnly = false }: Props) {
  const { t, i18n } = useTranslation();
  const byId = new Map(assessments.map((a) => [a.criterionId, a]));
  // One guard for the page (a router holds one blocker at a time): any criterion with unsaved input holds it.
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set());
  const onDirtyChange = useCallback((id: string, isDirty: boolean) => setDirty((current) => {
    if (current.has(id) === isDirty) return current;
    const next = new Set(current);
    if (isDirty) next.add(id);
    else next.delete(id);
    return next;
  }), []);
  const { blocker } = useUnsavedChanges(dirty.size > 0);
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
        assessment={byId.get(c.id)} binding={binding} treaties={treaties} readOnly={readOnly} onDirtyChange={onDirtyChange} />
    </li>
  );
  return (
    <>
      <UnsavedChangesDialog blocker={blocker} />
      <AssessmentProgress assessments={assessments} />
      {readOnly ? <p className="hint">{t('assessment.readOnly')}</p> : (
        <>
          <p className="hint">{t('assessment.intro')}</p>
          <SubmitAll agreementId={agreementId} assessments={assessments} name={(id) => {
            const c = catalog.criteria.find((x) => x.id === id);
            return c ? catalogName(c, i18n.language) : id;
          }} />
        </>
      )}
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

type Outcome = { name: string; reason: string };

/** Submits every draft or returned rating one after another, so each carries its own version and its own outcome. */
function SubmitAll({ agreementId, assessments, name }: { agreementId: number; assessments: Assessment[]; name: (criterionId: string) => string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string>();
  const [failures, setFailures] = useState<Outcome[]>([]);
  const [running, setRunning] = useState(false);
  const runningNow = useRef(false); // `running` disables the button only after the next render
  const pending = assessments.filter(isSubmittable);

  async function run() {
    if (runningNow.current) return;
    runningNow.current = true;
    const todo = pending;
    const failed: Outcome[] = [];
    setRunning(true);
    setFailures([]);
    for (const [i, a] of todo.entries()) {
      setStatus(t('assessment.submitAllProgress', { current: i + 1, total: todo.length, name: name(a.criterionId) }));
      try {
        await submitAssessment({ agreementId, criterionId: a.criterionId, version: a.version });
      } catch (err) {
        const reason = err instanceof ApiError
          ? err.isConflict ? t('assessment.submitAllConflict') : err.problem.detail ?? err.problem.title ?? t('assessment.submitFailed')
          : t('assessment.submitFailed');
        failed.push({ name: name(a.criterionId), reason });
      }
    }
    refreshAfterSubmit(queryClient, agreementId);
    setFailures(failed);
    setStatus(t('assessment.submitAllDone', { done: todo.length - failed.length, count: todo.length }));
    setRunning(false);
    runningNow.current = false;
  }

  if (pending.length === 0 && !status) return null;
  return (
    <div className="submit-all">
      {pending.length > 0 && (
        <p>
          <button type="button" className="button" disabled={running} aria-describedby={`submit-all-${agreementId}`} onClick={() => void run()}>
            {t('assessment.submitAll')}
          </button>{' '}
          <span id={`submit-all-${agreementId}`} className="hint">{t('assessment.submitAllHint', { count: pending.length })}</span>
        </p>
      )}
      <p role="status" className="notice">{status}</p>
      {failures.length > 0 && (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">{t('assessment.submitAllFailed', { count: failures.length })}</p>
          <ul>{failures.map((f) => <li key={f.name}>{f.name}: {f.reason}</li>)}</ul>
        </div>
      )}
    </div>
  );
}
