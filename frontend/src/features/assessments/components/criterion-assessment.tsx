import type { ParseKeys, TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { getAssessmentsQueryOptions, type Assessment } from '@/features/assessments/api/get-assessments';
import { useRateCriterion, type AssessmentRequest } from '@/features/assessments/api/rate-criterion';
import { isSubmittable, useSubmitAssessment } from '@/features/assessments/api/submit-assessment';
import { ApiError, type FieldError } from '@/lib/api-client';
import { catalogLevel, catalogName, catalogQuestion, type CatalogCriterion } from '@/utils/catalog';
import { LegalReferenceList } from '@/components/ui/legal-references';
import { formatDate, formatDateTime } from '@/utils/format';
import { hasChanges } from '@/lib/use-unsaved-changes';
import { useExclusiveMutate } from '@/lib/use-exclusive-mutate';
import { Field } from '@/components/ui/field';
import { PassagePanel, docLabel, type SearchRecord } from '@/features/passages/components/passage-panel';
import { EvidencePassageLink } from '@/features/passages/components/passage-link';
import { QuoteMarking } from '@/features/passages/components/passage-in-place';
import type { Passage, SearchedDocument } from '@/features/passages/api/get-passages';
import { NameBadge } from '@/components/ui/name-badge';

export type TreatyOption = { id: number; title: string };

type Choice = 'none' | 'na' | '0' | '1' | '2' | '3';
type FormState = {
  choice: Choice; notApplicableReason: string; reference: string; quote: string; source: string; asOf: string;
  confidence: string; crossReference: string;
  /** The passage the evidence was taken from (set by "take as evidence"); sent with the rating. */
  documentId: number | null; anchor: string | null;
  /** The VS-NfD marking of the document the passage was taken from (shown with the quote; the server records it). */
  marking: string | null;
  /** For level 0: where was searched without result. */
  searchRecord: SearchRecord | null;
};
type TextKey = Exclude<keyof FormState, 'choice' | 'documentId' | 'anchor' | 'marking' | 'searchRecord'>;

const LEVELS = ['0', '1', '2', '3'] as const;
/** Server field path → the form control it belongs to. */
const CONTROLS: Record<string, TextKey | 'level'> = {
  level: 'level', notApplicable: 'level', notApplicableReason: 'notApplicableReason', evidence: 'reference',
  'evidence.reference': 'reference', 'evidence.quote': 'quote', 'evidence.source': 'source', 'evidence.asOf': 'asOf',
  confidence: 'confidence', crossReference: 'crossReference',
  // A taken passage whose quote no longer matches is reported on these; the quote is what to fix.
  'evidence.documentId': 'quote', 'evidence.anchor': 'quote', searchRecord: 'level',
};

function toForm(a: Assessment | undefined): FormState {
  const e = a?.evidence;
  return {
    choice: !a || a.status === 'NOT_ASSESSED' ? 'none' : a.status === 'NOT_APPLICABLE' ? 'na' : (String(a.level) as Choice),
    notApplicableReason: a?.notApplicableReason ?? '', reference: e?.reference ?? '', quote: e?.quote ?? '', source: e?.source ?? '',
    asOf: e?.asOf ?? '', confidence: a?.confidence ?? '', crossReference: a?.crossReference != null ? String(a.crossReference) : '',
    documentId: e?.documentId ?? null, anchor: e?.anchor ?? null, marking: e?.marking ?? null,
    searchRecord: a?.searchRecord ? { documentIds: a.searchRecord.documentIds ?? [], keywords: a.searchRecord.keywords ?? [], nothingFound: a.searchRecord.nothingFound } : null,
  };
}

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

function toRequest(f: FormState, version: number | null | undefined): AssessmentRequest {
  const na = f.choice === 'na';
  const evidence: NonNullable<AssessmentRequest['evidence']> = { reference: orNull(f.reference), quote: orNull(f.quote), source: orNull(f.source), asOf: orNull(f.asOf) };
  const hasEvidence = !Object.values(evidence).every((v) => v === null);
  // The passage link goes along only with the evidence it was taken for.
  if (hasEvidence && f.documentId !== null && f.anchor) {
    evidence.documentId = f.documentId;
    evidence.anchor = f.anchor;
  }
  const request: AssessmentRequest = {
    level: na || f.choice === 'none' ? null : Number(f.choice),
    notApplicable: na,
    notApplicableReason: na ? orNull(f.notApplicableReason) : null,
    evidence: hasEvidence ? evidence : null,
    confidence: (orNull(f.confidence) as AssessmentRequest['confidence']) ?? null,
    crossReference: f.crossReference ? Number(f.crossReference) : null,
  };
  // Absent on the first rating; afterwards the version this change is based on.
  if (version !== null && version !== undefined) request.version = version;
  if (f.choice === '0' && f.searchRecord) request.searchRecord = f.searchRecord;
  return request;
}

type Props = {
  agreementId: number;
  criterion: CatalogCriterion;
  groupLabel: string;
  assessment: Assessment | undefined;
  binding: boolean;
  treaties: TreatyOption[];
  /** For people without EDIT_ASSESSMENTS: the rating and its evidence can be read, not changed or submitted. */
  readOnly?: boolean;
  /** Told whether this criterion's form holds input that is not saved yet, so the page can warn before leaving. */
  onDirtyChange?: (criterionId: string, dirty: boolean) => void;
};

export function CriterionAssessment({ agreementId, criterion, groupLabel, assessment, binding, treaties, readOnly = false, onDirtyChange }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const rate = useRateCriterion();
  const submitForReview = useSubmitAssessment();
  const saveOnce = useExclusiveMutate(rate);
  const submitOnce = useExclusiveMutate(submitForReview);
  const [submitError, setSubmitError] = useState<string>();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState(() => toForm(assessment));
  const [baseline, setBaseline] = useState(form);
  const dirty = !readOnly && hasChanges(form, baseline);
  const [version, setVersion] = useState(assessment?.version);
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const [focusEvidence, setFocusEvidence] = useState(0);
  const [searchedDocs, setSearchedDocs] = useState<SearchedDocument[]>([]);
  const p = `c-${criterion.id}`;
  const name = catalogName(criterion, lang);
  const question = catalogQuestion(criterion, lang);
  const levels = LEVELS.map((_, level) => catalogLevel(criterion, level, lang));
  const levelsInEnglish = lang !== 'en' && levels.some((l) => l?.lang === 'en');

  const apiError = error instanceof ApiError ? error : undefined;
  const conflict = apiError?.isConflict ?? false;
  const fieldErrors: FieldError[] = apiError && !conflict ? apiError.problem.errors ?? [] : [];
  const errorFor = (control: string) => {
    const messages = fieldErrors.filter((e) => CONTROLS[e.field] === control).map((e) => e.message);
    return messages.length ? messages.join(' ') : undefined;
  };
  const idOf = (field: string) => `${p}-${CONTROLS[field] ?? 'level'}`;

  useEffect(() => {
    if (error) summaryRef.current?.focus();
  }, [error]);

  useEffect(() => {
    onDirtyChange?.(criterion.id, dirty);
  }, [dirty, criterion.id]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => () => onDirtyChange?.(criterion.id, false), []); // eslint-disable-line react-hooks/exhaustive-deps

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));

  useEffect(() => {
    if (focusEvidence) document.getElementById(`${p}-reference`)?.focus();
  }, [focusEvidence]); // eslint-disable-line react-hooks/exhaustive-deps

  function takePassage(passage: Passage) {
    const d = passage.document;
    const date = d.versionDate ? formatDate(d.versionDate, lang) : undefined;
    setForm((f) => ({
      ...f, reference: passage.reference, quote: passage.text,
      source: [d.title ?? d.kind, date].filter(Boolean).join(', '), asOf: d.versionDate ?? '',
      documentId: passage.documentId, anchor: passage.anchor, marking: passage.marking ?? null, searchRecord: null,
    }));
    setNotice(t('passages.taken', { reference: passage.reference, name }));
    setFocusEvidence((n) => n + 1);
  }

  function recordNothingFound(record: SearchRecord, searched: { documentsSearched: SearchedDocument[] }) {
    set('searchRecord', record);
    setSearchedDocs(searched.documentsSearched);
    setNotice(t('passages.recorded', { name }));
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(undefined);
    setNotice(undefined);
    saveOnce({ agreementId, criterionId: criterion.id, request: toRequest(form, version) }, {
      onSuccess: (saved) => {
        setVersion(saved.version);
        const stored = toForm(saved);
        setForm(stored);
        setBaseline(stored);
        setNotice(t('assessment.saved', { name }));
      },
      onError: (err) => setError(err),
    });
  }

  function sendForReview() {
    if (!isSubmittable(assessment)) return;
    setSubmitError(undefined);
    setNotice(undefined);
    submitOnce({ agreementId, criterionId: criterion.id, version: assessment.version }, {
      onSuccess: () => setNotice(t('assessment.submitted', { name })),
      onError: (err) => {
        if (err instanceof ApiError && err.isConflict) {
          // Someone changed the rating since it was loaded: show what is current now.
          void reload().then(() => setSubmitError(t('assessment.submitConflict', { name })));
        } else {
          setSubmitError(submitErrorText(t, err));
        }
      },
    });
  }

  async function reload() {
    try {
      const list = await queryClient.fetchQuery({ ...getAssessmentsQueryOptions(agreementId), staleTime: 0 });
      const current = list.find((a) => a.criterionId === criterion.id);
      const reloaded = toForm(current);
      setForm(reloaded);
      setBaseline(reloaded);
      setVersion(current?.version);
      setError(undefined);
      setNotice(t('assessment.reloaded'));
    } catch (err) {
      setError(err);
    }
  }

  const described = (control: string, hint?: boolean) => {
    const id = `${p}-${control}`;
    const by = [hint && `${id}-hint`, errorFor(control) && `${id}-error`].filter(Boolean).join(' ');
    return { id, 'aria-invalid': errorFor(control) ? true : undefined, 'aria-describedby': by || undefined };
  };
  const text = (key: TextKey, label: string, opts: { multiline?: boolean; type?: string; required?: boolean } = {}) => (
    <Field announceRequired id={`${p}-${key}`} label={label} error={errorFor(key)} required={opts.required}>
      {opts.multiline
        ? <textarea {...described(key)} rows={3} value={form[key]} onChange={(e) => set(key, e.target.value)} />
        : <input {...described(key)} type={opts.type ?? 'text'} value={form[key]} onChange={(e) => set(key, e.target.value)} />}
    </Field>
  );

  const levelError = errorFor('level');
  const evidenceRequired = form.choice === '1' || form.choice === '2' || form.choice === '3';
  // Evidence taken (or typed) before a level is chosen stays visible, so that nothing is sent unseen.
  const showEvidence = [form.reference, form.quote, form.source, form.asOf].some((v) => v.trim() !== '') || form.documentId !== null;

  return (
    <article className={criterion.core ? 'criterion criterion--core' : 'criterion'} aria-labelledby={`${p}-name`}>
      <header className="criterion__header">
        <h3 id={`${p}-name`} className="criterion__name">
          {name}
          {criterion.core && <NameBadge tone="core">{t('score.core')}</NameBadge>}
        </h3>
        <p className="criterion__meta">{criterion.id} · {groupLabel}</p>
        <p className="criterion__current">
          <strong>{t('assessment.current')}:</strong> {currentText(t, assessment)}
          {assessment?.assessedBy && assessment.assessedAt && (
            <span className="muted"> – {t('assessment.assessedBy', { who: assessment.assessedBy, when: formatDateTime(assessment.assessedAt, lang) })}</span>
          )}
        </p>
        <ReviewInfo assessment={assessment} />
        <div className="button-row">
          <button type="button" className="button button--secondary button--small" aria-expanded={open} aria-controls={`${p}-form`}
            onClick={() => setOpen(!open)}>
            {open ? t('assessment.close') : readOnly ? t('assessment.view') : t('assessment.edit')}<span className="visually-hidden">: {name}</span>
          </button>
          {!readOnly && isSubmittable(assessment) && (
            <button type="button" className="button button--small" disabled={submitForReview.isPending} onClick={sendForReview}>
              {submitForReview.isPending ? t('assessment.submitting') : t('assessment.submit')}<span className="visually-hidden">: {name}</span>
            </button>
          )}
        </div>
      </header>
      {submitError && <p className="alert alert--error" role="alert">{submitError}</p>}
      <div role="status" className="notice">{notice}</div>
      {open && (
        <form id={`${p}-form`} className="criterion__form" noValidate onSubmit={readOnly ? (e) => e.preventDefault() : submit}
          aria-label={readOnly ? t('assessment.viewFor', { name }) : t('assessment.editFor', { name })}>
          {conflict ? (
            <div className="alert alert--error" role="alert" tabIndex={-1} ref={summaryRef}>
              <p className="alert__title">{t('assessment.conflictTitle')}</p>
              <p>{t('assessment.conflictText')}</p>
              <button type="button" className="button" onClick={() => void reload()}>{t('assessment.conflictReload')}</button>
            </div>
          ) : error ? (
            <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby={`${p}-summary`}>
              <h4 id={`${p}-summary`}>{t('assessment.errorSummary')}</h4>
              {fieldErrors.length === 0 && <p>{t('assessment.saveFailed')} {apiError?.problem.detail ?? ''}</p>}
              <ul>
                {fieldErrors.map((fe, i) => (
                  <li key={`${fe.field}-${i}`}>
                    <a href={`#${idOf(fe.field)}`} onClick={(ev) => {
                      const target = document.getElementById(idOf(fe.field));
                      if (!target) return;
                      ev.preventDefault();
                      target.focus();
                    }}>{fieldLabel(t, fe.field)}: {fe.message}</a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}

          <fieldset className="fieldset--plain" disabled={readOnly}>
          <legend className="visually-hidden">{t('assessment.editFor', { name })}</legend>
          <p className="criterion__question"><strong>{t('assessment.question')}:</strong> <span lang={question?.lang}>{question?.text}</span></p>
          {criterion.legalReferences.length > 0 && (
            <details className="criterion__references">
              <summary>{t('catalogEditor.referencesCount', { count: criterion.legalReferences.length })}</summary>
              <LegalReferenceList references={criterion.legalReferences} />
            </details>
          )}

          {/* Read first, then rate: the passages are there before a level is chosen. */}
          {!readOnly && (
            <PassagePanel agreementId={agreementId} criterionCode={criterion.id} idPrefix={p} criterionName={name}
              onTake={takePassage} onRecordNothingFound={form.choice === '0' ? recordNothingFound : undefined} />
          )}

          <fieldset className={levelError ? 'fieldset has-error' : 'fieldset'} aria-describedby={levelError ? `${p}-level-error` : undefined}>
            <legend>{t('assessment.level')}</legend>
            {levelsInEnglish && <p className="hint">{t('assessment.scaleLang')}</p>}
            {levelError && <p id={`${p}-level-error`} className="field-error"><span className="visually-hidden">{t('agreements.form.errorPrefix')} </span>{levelError}</p>}
            <div className="level-options">
              {(['none', ...LEVELS, 'na'] as Choice[]).map((choice, i) => {
                const id = i === 0 ? `${p}-level` : `${p}-level-${choice}`;
                const level = LEVELS.indexOf(choice as (typeof LEVELS)[number]);
                return (
                  <div className="level-option" key={choice}>
                    <input id={id} type="radio" name={`${p}-choice`} checked={form.choice === choice} onChange={() => set('choice', choice)}
                      aria-invalid={levelError ? true : undefined} />
                    <label htmlFor={id}>
                      {choice === 'none' ? t('assessment.notAssessed') : choice === 'na' ? t('assessment.notApplicable') : (
                        <>
                          <strong>{t('assessment.levelOption', { level })}</strong>
                          {levels[level] && <> – <span lang={levels[level].lang}>{levels[level].text}</span></>}
                        </>
                      )}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>

          {form.choice === 'na' && text('notApplicableReason', t('assessment.notApplicableReason'), { multiline: true, required: true })}

          {form.choice !== 'na' && (form.choice !== 'none' || showEvidence) && (
            <>
            <fieldset className="form-section criterion__evidence">
              <legend>{t('assessment.evidence')}</legend>
              {text('reference', t('assessment.reference'), { required: evidenceRequired })}
              <QuoteMarking marking={form.marking} />
              {text('quote', t('assessment.quote'), { multiline: true, required: evidenceRequired })}
              {text('source', t('assessment.source'), { required: evidenceRequired })}
              {text('asOf', t('assessment.asOf'), { type: 'date', required: evidenceRequired })}
              {form.documentId !== null && form.anchor && (
                <p className="hint">
                  {t('passages.linked')}{' '}
                  <EvidencePassageLink agreementId={agreementId} evidence={{ documentId: form.documentId, anchor: form.anchor, reference: form.reference }} />
                  {!readOnly && (
                    <>{' '}<button type="button" className="button button--secondary button--small"
                      onClick={() => setForm((f) => ({ ...f, documentId: null, anchor: null, marking: null }))}>{t('passages.unlink')}</button></>
                  )}
                </p>
              )}
            </fieldset>
            {form.choice === '0' && form.searchRecord && (
              <div className="search-record" role="group" aria-label={t('passages.recordTitle')}>
                <p><strong>{t('passages.recordTitle')}</strong></p>
                <dl>
                  <dt>{t('passages.documentsSearched')}</dt>
                  <dd>{form.searchRecord.documentIds.length === 0 ? t('passages.noDocuments') : form.searchRecord.documentIds.map((id) => {
                    const d = searchedDocs.find((x) => x.id === id);
                    return d ? docLabel(d, lang) : t('passages.documentNo', { id });
                  }).join('; ')}</dd>
                  <dt>{t('passages.keywordsSearched')}</dt>
                  <dd>{form.searchRecord.keywords.join(', ') || '–'}</dd>
                </dl>
                {!readOnly && (
                  <button type="button" className="button button--secondary button--small" onClick={() => set('searchRecord', null)}>
                    {t('passages.removeRecord')}
                  </button>
                )}
              </div>
            )}
            </>
          )}

          {form.choice !== 'none' && (
            <Field announceRequired id={`${p}-confidence`} label={t('assessment.confidence')} error={errorFor('confidence')} required>
              <select {...described('confidence')} value={form.confidence} onChange={(e) => set('confidence', e.target.value)}>
                <option value="">{t('assessment.chooseConfidence')}</option>
                {(['HIGH', 'MEDIUM', 'LOW'] as const).map((c) => <option key={c} value={c}>{t(`confidence.${c}`)}</option>)}
              </select>
            </Field>
          )}

          {!binding && form.choice !== 'none' && form.choice !== 'na' && (
            <Field announceRequired id={`${p}-crossReference`} label={t('assessment.crossReference')} error={errorFor('crossReference')}
              hint={treaties.length === 0 ? t('assessment.noTreaties') : t('assessment.crossReferenceHint')}>
              <select {...described('crossReference', true)} value={form.crossReference} onChange={(e) => set('crossReference', e.target.value)}>
                <option value="">{t('assessment.noCrossReference')}</option>
                {treaties.map((tr) => <option key={tr.id} value={tr.id}>{tr.title}</option>)}
              </select>
            </Field>
          )}

          </fieldset>

          {readOnly ? <p className="hint">{t('assessment.readOnly')}</p> : (
            <div className="button-row">
              <button type="submit" className="button" disabled={rate.isPending}>{rate.isPending ? t('assessment.saving') : t('assessment.save')}</button>
            </div>
          )}
        </form>
      )}
    </article>
  );
}

type T = TFunction;

function currentText(t: T, a: { status: string; level: number | null } | undefined): string {
  if (!a || a.status === 'NOT_ASSESSED') return t('assessment.notAssessed');
  if (a.status === 'NOT_APPLICABLE') return t('assessment.notApplicable');
  return t('assessment.levelOption', { level: a.level });
}

function submitErrorText(t: T, err: unknown): string {
  if (err instanceof ApiError && err.status === 403) return [t('assessment.submitForbidden'), err.problem.detail].filter(Boolean).join(' ');
  if (err instanceof ApiError) return [t('assessment.submitFailed'), err.problem.detail].filter(Boolean).join(' ');
  return t('assessment.submitFailed');
}

/** Whether the current rating says something other than the approved one that the default scores count. */
function differsFromApproved(a: Assessment): boolean {
  const ap = a.approved;
  if (!ap) return false;
  const same = (x: unknown, y: unknown) => JSON.stringify(x ?? null) === JSON.stringify(y ?? null);
  return a.status !== ap.status || a.level !== ap.level || a.notApplicable !== ap.notApplicable
    || !same(a.notApplicableReason, ap.notApplicableReason) || !same(a.confidence, ap.confidence)
    || !same(a.crossReference, ap.crossReference) || !same(a.evidence, ap.evidence);
}

function ReviewInfo({ assessment }: { assessment: Assessment | undefined }) {
  const { t, i18n } = useTranslation();
  if (!assessment?.reviewState) return null;
  const state = assessment.reviewState;
  const ap = assessment.approved;
  return (
    <>
      <p className="criterion__review">
        <strong>{t('assessment.reviewState')}:</strong>{' '}
        <span className={`badge badge--review-${state.toLowerCase().replace('_', '-')}`}>{t(`assessment.reviewStates.${state}`)}</span>
      </p>
      {state === 'CHANGES_REQUESTED' && assessment.reviewComment && (
        <div className="review-comment">
          <p className="review-comment__title">
            {assessment.reviewedBy && assessment.reviewedAt
              ? t('assessment.reviewCommentBy', { who: assessment.reviewedBy, when: formatDateTime(assessment.reviewedAt, i18n.language) })
              : t('assessment.reviewComment')}
          </p>
          <blockquote className="quote" translate="no">{assessment.reviewComment}</blockquote>
        </div>
      )}
      {ap && differsFromApproved(assessment) && (
        <p className="criterion__approved">
          {t('assessment.approvedVersion', { value: currentText(t, ap), who: ap.approvedBy, when: formatDateTime(ap.approvedAt, i18n.language) })}
        </p>
      )}
    </>
  );
}

const FIELD_LABELS: Record<string, ParseKeys> = {
  level: 'assessment.level', notApplicable: 'assessment.notApplicable', notApplicableReason: 'assessment.notApplicableReason',
  evidence: 'assessment.evidence', 'evidence.reference': 'assessment.reference', 'evidence.quote': 'assessment.quote',
  'evidence.source': 'assessment.source', 'evidence.asOf': 'assessment.asOf', confidence: 'assessment.confidence',
  crossReference: 'assessment.crossReference', version: 'field.version',
  'evidence.documentId': 'passages.title', 'evidence.anchor': 'passages.title', searchRecord: 'passages.recordTitle',
};
function fieldLabel(t: ReturnType<typeof useTranslation>['t'], field: string): string {
  // The keys are checked in FIELD_LABELS; calling t with the whole key union is too deep for tsc.
  const plain = t as unknown as (key: string) => string;
  return plain(FIELD_LABELS[field] ?? 'changeField.unnamed');
}

