import { useTranslation } from 'react-i18next';
import { useAgreementHistory } from '@/features/agreements/api/get-agreement-history';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { ChangeList } from '@/components/ui/change-list';
import { TableScroll } from '@/components/ui/table-scroll';
import { actionLabel, formatDateTime } from '@/utils/format';
import { ExportLinks } from '@/components/ui/export-links';

export function AgreementHistory({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const { data, isPending, isError, error, refetch } = useAgreementHistory(id);

  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('agreements.history.title')}</h2>
      <ExportLinks path={`/api/agreements/${id}/history`} label={t('exports.history')} />
      {isPending ? (
        <Loading />
      ) : isError ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : data.length === 0 ? (
        <p>{t('agreements.history.empty')}</p>
      ) : (
        <TableScroll label={t('agreements.history.caption')}>
          <table className="table">
            <caption className="visually-hidden">{t('agreements.history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('agreements.history.when')}</th>
                <th scope="col">{t('agreements.history.who')}</th>
                <th scope="col">{t('agreements.history.what')}</th>
                <th scope="col">{t('agreements.history.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((entry) => (
                <tr key={entry.id}>
                  <td className="nowrap">
                    <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt, i18n.language)}</time>
                  </td>
                  <td translate="no">{entry.actor}</td>
                  <td>{actionLabel(t, entry.action)}</td>
                  <td>
                    <ChangeList changes={entry.changes} entityType="agreement" toLabel={t('agreements.history.to')} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
