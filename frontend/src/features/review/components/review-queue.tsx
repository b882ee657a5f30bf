import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useQueryClient } from '@tanstack/react-query';
import { reviewAuthor, reviewKeys, useReviews, type ReviewItem } from '@/features/review/api/get-reviews';
import { useApproveAssessment, useReturnAssessment } from '@/features/review/api/decide-review';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useExclusiveMutate } from '@/lib/use-exclusive-mutate';
import { ApiError } from '@/lib/api-client';
import { formatDate, formatDateTime, pickTitle, regionName } from '@/utils/format';
import { InstrumentTitle } from '@/components/ui/instrument-title';
import { EvidencePassageLink } from '@/features/passages/components/passage-link';
import { PassageInPlace, QuoteMarking } from '@/features/passages/components/passage-in-place';
import { ExportLinks } from '@/components/ui/export-links';

type Props = {
  /** Criterion names come from the catalogue, which this feature does not own. */
  criterionName: (criterionId: string) => string;
};

/** Ratings waiting for the signed-in reviewer's four-eyes decision. */
export function ReviewQueue({ criterionName }: Props) {
  const { t } = useTranslation();
  const { data, isPending, isError, error, refetch, isFetching } = useReviews();
  const [notice, setNotice] = useState<string>();
  const noticeRef = useRef<HTMLParagraphElement>(null);

  // A decided row leaves the list and takes the focused button with it; the outcome is where focus goes next.
  function decided(message: string) {
    setNotice(message);
    requestAnimationFrame(() => noticeRef.current?.focus());
  }

  if (isPending) return <Loading />;
  if (isError) return <QueryError error={error} onRetry={() => void refetch()} />;

  return (
    <>
      <p role="status" className="notice" tabIndex={-1} ref={noticeRef}>{notice}</p>
      <h2>{t('reviewDecision.list')}</h2>
      <p className="results-count">{t('review.count', { count: data.totalSize })}</p>
      <ExportLinks path="/api/reviews" label={t('exports.reviews')} />
      {data.content.length === 0 ? (
        <p className="empty-state">{t('review.empty')}</p>
      ) : (
        // One card per rating: the rating, its evidence and the decision stay together at any width.
        <ul className={isFetching ? 'review-list is-stale' : 'review-list'} aria-label={t('review.caption')} aria-busy={isFetching}>
          {data.content.map((item) => (
            <ReviewCard key={`${item.agreementId}:${item.criterionId}`} item={item} criterion={criterionName(item.criterionId)} onDecided={decided} />
          ))}
        </ul>
      )}
    </>
  );
}

function ReviewCard({ item, criterion, onDecided }: { item: ReviewItem; criterion: string; onDecided: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const approve = useApproveAssessment();
  const approveOnce = useExclusiveMutate(approve);
  const [returning, setReturning] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const formId = useId();
  const headingId = useId();
  const returnButton = useRef<HTMLButtonElement>(null);

  const title = pickTitle({ titleDe: item.agreementTitleDe, titleEn: item.agreementTitleEn, titleOriginal: null }, lang) ?? t('common.untitled');
  const country = (lang === 'en' ? item.countryNameEn : item.countryNameDe) || regionName(item.countryIso2, lang);
  const subject = `${country} – ${title} – ${criterion}`;
  const target = { agreementId: item.agreementId, criterionId: item.criterionId, version: item.version };
  const level = item.notApplicable ? t('review.notApplicable') : item.level === null ? t('common.unknown') : t('review.levelValue', { level: item.level });

  function onError(error: Error) {
    if (error instanceof ApiError && error.isConflict) void queryClient.invalidateQueries({ queryKey: reviewKeys.all });
  }

  return (
    <li className="review-card" aria-labelledby={headingId}>
      <h3 className="review-card__title" id={headingId}>
        <span className="review-card__criterion">{criterion}</span>
        <span className="review-card__context">{country} – <Link to={`/agreements/${item.agreementId}/assessment`}><InstrumentTitle item={{ titleDe: item.agreementTitleDe, titleEn: item.agreementTitleEn }} /></Link></span>
      </h3>
      <dl className="review-card__facts">
        <div><dt>{t('reviewDecision.rating')}</dt><dd>
          <strong>{item.notApplicable || item.level !== null ? level : <span className="unknown">{level}</span>}</strong>
          {item.confidence && <span className="muted"> · {t('review.confidence', { value: t(`confidence.${item.confidence}`, { defaultValue: item.confidence }) })}</span>}
        </dd></div>
        <div><dt>{t('review.author')}</dt><dd>{reviewAuthor(item)}</dd></div>
        <div><dt>{t('review.submitted')}</dt><dd>{formatDateTime(item.submittedAt, lang) ?? <span className="unknown">{t('common.unknown')}</span>}</dd></div>
      </dl>
      <div className="review-card__evidence">
        <h4>{t('review.evidence')}</h4>
        <EvidenceCell item={item} />
      </div>
      {approve.isError && <p className="alert alert--error" role="alert">{decisionError(approve.error, t)}</p>}
      <div className="button-row review-actions">
        <button type="button" className="button" disabled={approve.isPending} onClick={() => setConfirming(true)}>
          {t('review.approve')}<span className="visually-hidden">: {subject}</span>
        </button>
        <button
          type="button"
          ref={returnButton}
          className="button button--secondary"
          aria-expanded={returning}
          aria-controls={returning ? formId : undefined}
          onClick={() => setReturning((open) => !open)}
        >
          {t('review.return')}<span className="visually-hidden">: {subject}</span>
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          open
          tone="primary"
          title={t('reviewDecision.confirmTitle')}
          text={t('reviewDecision.confirmText', { subject, level })}
          confirmLabel={t('reviewDecision.confirm')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            approveOnce(target, { onSuccess: () => onDecided(t('review.approved', { subject })), onError });
          }}
        />
      )}
      {returning && (
        <ReturnForm
          id={formId}
          item={item}
          subject={subject}
          onError={onError}
          onCancel={() => {
            setReturning(false);
            returnButton.current?.focus();
          }}
          onDone={() => onDecided(t('review.returned', { subject }))}
        />
      )}
    </li>
  );
}

function ReturnForm({ id, item, subject, onCancel, onDone, onError }: {
  id: string; item: ReviewItem; subject: string; onCancel: () => void; onDone: () => void; onError: (error: Error) => void;
}) {
  const { t } = useTranslation();
  const send = useReturnAssessment();
  const sendOnce = useExclusiveMutate(send);
  const [comment, setComment] = useState('');
  const fieldId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const fieldError = send.error instanceof ApiError ? send.error.fieldMessage('comment') : undefined;
  const otherError = send.error && !fieldError ? decisionError(send.error, t) : undefined;

  useEffect(() => textarea.current?.focus(), []);
  useEffect(() => {
    if (fieldError) textarea.current?.focus();
  }, [fieldError, send.failureCount, send.submittedAt]);

  function submit(event: FormEvent) {
    event.preventDefault();
    // The server decides what a sufficient comment is and names the field if it is not.
    sendOnce({ agreementId: item.agreementId, criterionId: item.criterionId, version: item.version, comment: comment.trim() }, { onSuccess: onDone, onError });
  }

  return (
    <form id={id} className="form return-form" noValidate onSubmit={submit} aria-label={t('review.returnFormLabel', { subject })}>
      {otherError && <p className="alert alert--error" role="alert">{otherError}</p>}
      <div className={fieldError ? 'field has-error' : 'field'}>
        <label htmlFor={fieldId}>
          {t('review.comment')} <span className="required">({t('common.required')})</span>
        </label>
        <p className="hint" id={`${fieldId}-hint`}>{t('review.commentHint')}</p>
        {fieldError && <p className="field-error" id={`${fieldId}-error`}>{fieldError}</p>}
        <textarea
          id={fieldId}
          ref={textarea}
          rows={3}
          required
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={[`${fieldId}-hint`, fieldError && `${fieldId}-error`].filter(Boolean).join(' ')}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button button--small" disabled={send.isPending}>{t('review.sendReturn')}</button>
        <button type="button" className="button button--small button--secondary" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}

function EvidenceCell({ item }: { item: ReviewItem }) {
  const { t, i18n } = useTranslation();
  const e = item.evidence;
  if (item.notApplicable && item.notApplicableReason) return <p className="evidence-text" translate="no">{item.notApplicableReason}</p>;
  if (!e || !(e.quote || e.reference || e.source)) return <span className="unknown">{t('review.noEvidence')}</span>;
  const isLink = !!e.source && /^https?:\/\//.test(e.source);
  return (
    <div className="evidence-text">
      {e.quote && <QuoteMarking marking={e.marking} />}
      {e.quote && <blockquote className="quote" translate="no">{e.quote}</blockquote>}
      {e.reference && <p>{t('review.reference')}: <span translate="no">{e.reference}</span></p>}
      {e.documentId && e.anchor && <p><EvidencePassageLink agreementId={item.agreementId} evidence={e} /></p>}
      <PassageInPlace agreementId={item.agreementId} evidence={e} />
      {e.source && (
        <p>
          {t('review.source')}:{' '}
          {isLink ? (
            <a href={e.source} target="_blank" rel="noopener noreferrer external">
              <span translate="no">{e.source}</span><span className="visually-hidden"> {t('common.newWindow')}</span>
            </a>
          ) : <span translate="no">{e.source}</span>}
          {e.asOf && <> ({t('review.asOf', { date: formatDate(e.asOf, i18n.language) })})</>}
        </p>
      )}
    </div>
  );
}

function decisionError(error: Error | null, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.isConflict) return t('review.conflict');
    if (error.status === 403) return [t('review.forbidden'), error.problem.detail].filter(Boolean).join(' ');
    if (error.status === 0) return t('review.unreachable');
    return error.problem.detail ?? error.problem.title;
  }
  return t('review.failed');
}
