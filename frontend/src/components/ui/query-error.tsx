import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';

/** Error state for a failed query, with a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const detail = error instanceof ApiError && error.status !== 0 ? error.problem.detail ?? error.problem.title : undefined;
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">{t('common.error')}</p>
      {detail && <p>{detail}</p>}
      <button type="button" className="button button--secondary" onClick={onRetry}>{t('common.retry')}</button>
    </div>
  );
}
