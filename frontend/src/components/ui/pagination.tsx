import { useTranslation } from 'react-i18next';

type Props = { page: number; totalPages: number; onChange: (page: number) => void };

/** Number of pages of a server page: the server sends totalSize and the page size, not a page count. */
export function pageCount(page: { totalSize: number; pageable: { size: number } }): number {
  return Math.max(1, Math.ceil(page.totalSize / Math.max(1, page.pageable.size)));
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
