import { useTranslation } from 'react-i18next';

type Props = { page: number; totalPages: number; onChange: (page: number) => void };

/**
 * Pages needed for `totalSize` entries at `size` a page. Micronaut's page answers carry `totalSize` but not
 * `totalPages`, so the pager counts for itself.
 */
export function pageCount(totalSize: number | null | undefined, size: number): number {
  return totalSize && size > 0 ? Math.ceil(totalSize / size) : 1;
}

/** Pager over 1-based page numbers. */
export function Pagination({ page, totalPages, onChange }: Props) {
  const { t } = useTranslation();
  if (totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <button type="button" className="button button--secondary" disabled={page <= 1} onClick={() => onChange(page - 1)}>
        ← {t('pagination.previous')}
      </button>
      <span>{t('pagination.pageOf', { page, total: totalPages })}</span>
      <button type="button" className="button button--secondary" disabled={page >= totalPages} onClick={() => onChange(page + 1)}>
        {t('pagination.next')} →
      </button>
    </nav>
  );
}
