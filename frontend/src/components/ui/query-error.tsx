import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';

/**
 * Error state for a failed query, with a way to try again. A query has no form to mark, so the fields the server
 * refused (from the address, e.g. ?status=BOGUS) are named here, by their label where {@code labels} has one.
 */
export function QueryError({ error, onRetry, labels = {} }: { error: unknown; onRetry: () => void; labels?: Record<string, string> }) {
  const { t } = useTranslation();
  const problem = error instanceof ApiError && error.status !== 0 ? error.problem : undefined;
  const fields = problem?.errors ?? [];
  const detail = problem && fields.length === 0 ? problem.detail ?? problem.title : undefined;
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">{t('common.error')}</p>
      {detail && <p>{detail}</p>}
      {fields.length > 0 && (
        <ul>
          {fields.map((f) => <li key={f.field + f.message}>{labels[f.field] ?? f.field}: {f.message}</li>)}
        </ul>
      )}
      <button type="button" className="button button--secondary" onClick={onRetry}>{t('common.retry')}</button>
    </div>
  );
}
