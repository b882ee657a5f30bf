import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useQueryClient } from '@tanstack/react-query';
import { reviewAuthor, reviewKeys, useReviews, type ReviewItem } from '@/features/review/api/get-reviews';
import { useApproveAssessment, useReturnAssessment } from '@/features/review/api/decide-review';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { ApiError } from '@/lib/api-client';
import { formatDate, formatDateTime, pickTitle, regionName } from '@/utils/format';

const COLUMNS = 8;

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
      <p className="results-count">{t('review.count', { count: data.totalSize })}</p>
      {data.content.length === 0 ? (
        <p className="empty-state">{t('review.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className={isFetching ? 'table review-table is-stale' : 'table review-table'} aria-busy={isFetching}>
            <caption className="visually-hidden">{t('review.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('review.instrument')}</th>
                <th scope="col">{t('review.country')}</th>
                <th scope="col">{t('review.criterion')}</th>
                <th scope="col">{t('review.level')}</th>
                <th scope="col">{t('review.evidence')}</th>
                <th scope="col">{t('review.author')}</th>
                <th scope="col">{t('review.submitted')}</th>
                <th scope="col">{t('review.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.content.map((item) => (
                <ReviewRow key={`${item.agreementId}:${item.criterionId}`} item={item} criterion={criterionName(item.criterionId)} onDecided={decided} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function ReviewRow({ item, criterion, onDecided }: { item: ReviewItem; criterion: string; onDecided: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const approve = useApproveAssessment();
  const [returning, setReturning] = useState(false);
  const formId = useId();
  const returnButton = useRef<HTMLButtonElement>(null);

  const title = pickTitle({ titleDe: item.agreementTitleDe, titleEn: item.agreementTitleEn, titleOriginal: null }, lang) ?? t('common.untitled');
  const country = (lang === 'en' ? item.countryNameEn : item.countryNameDe) || regionName(item.countryIso2, lang);
  const subject = `${country} – ${title} – ${criterion}`;
  const target = { agreementId: item.agreementId, criterionId: item.criterionId, version: item.version };

  function onError(error: Error) {
    if (error instanceof ApiError && error.isConflict) void queryClient.invalidateQueries({ queryKey: reviewKeys.all });
  }

  return (
    <>
      <tr>
        <td><Link to={`/agreements/${item.agreementId}/assessment`}>{title}</Link></td>
        <td>{country}</td>
        <td>{criterion}</td>
        <td className="nowrap">
          {item.notApplicable ? t('review.notApplicable') : item.level === null ? <span className="unknown">{t('common.unknown')}</span> : t('review.levelValue', { level: item.level })}
          {item.confidence && <span className="muted"><br />{t('review.confidence', { value: t(`confidence.${item.confidence}`, { defaultValue: item.confidence }) })}</span>}
        </td>
        <td><EvidenceCell item={item} /></td>
        <td>{reviewAuthor(item)}</td>
        <td className="nowrap">{formatDateTime(item.submittedAt, lang) ?? <span className="unknown">{t('common.unknown')}</span>}</td>
        <td>
          <div className="button-row review-actions">
            <button
              type="button"
              className="button button--small"
              disabled={approve.isPending}
              onClick={() => approve.mutate(target, { onSuccess: () => onDecided(t('review.approved', { subject })), onError })}
            >
              {t('review.approve')}<span className="visually-hidden">: {subject}</span>
            </button>
            <button
              type="button"
              ref={returnButton}
              className="button button--small button--secondary"
              aria-expanded={returning}
              aria-controls={returning ? formId : undefined}
              onClick={() => setReturning((open) => !open)}
            >
              {t('review.return')}<span className="visually-hidden">: {subject}</span>
            </button>
          </div>
        </td>
      </tr>
      {(approve.isError || returning) && (
        <tr className="review-extra">
          <td colSpan={COLUMNS}>
            {approve.isError && <p className="alert alert--error" role="alert">{decisionError(approve.error, t)}</p>}
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
          </td>
        </tr>
      )}
    </>
  );
}

function ReturnForm({ id, item, subject, onCancel, onDone, onError }: {
  id: string; item: ReviewItem; subject: string; onCancel: () => void; onDone: () => void; onError: (error: Error) => void;
}) {
  const { t } = useTranslation();
  const send = useReturnAssessment();
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
    send.mutate({ agreementId: item.agreementId, criterionId: item.criterionId, version: item.version, comment: comment.trim() }, { onSuccess: onDone, onError });
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
  if (item.notApplicable && item.notApplicableReason) return <p className="evidence-text">{item.notApplicableReason}</p>;
  if (!e || !(e.quote || e.reference || e.source)) return <span className="unknown">{t('review.noEvidence')}</span>;
  const isLink = !!e.source && /^https?:\/\//.test(e.source);
  return (
    <div className="evidence-text">
      {e.quote && <blockquote className="quote">{e.quote}</blockquote>}
      {e.reference && <p>{t('review.reference')}: {e.reference}</p>}
      {e.source && (
        <p>
          {t('review.source')}:{' '}
          {isLink ? (
            <a href={e.source} target="_blank" rel="noopener noreferrer external">
              {e.source}<span className="visually-hidden"> {t('common.newWindow')}</span>
            </a>
          ) : e.source}
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
