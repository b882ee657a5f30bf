import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocument } from '@/features/documents/api/get-document';
import { DocumentReader } from '@/features/documents/components/document-reader';
import { documentTitle } from '@/features/documents/document-title';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { NotFound } from '@/components/not-found';
import { ApiError } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/use-document-title';

/** Reader view of one document: `/instruments/{agreementId}/documents/{docId}#{anchor}` opens a passage. */
export function DocumentReaderPage() {
  const { t, i18n } = useTranslation();
  const params = useParams();
  const agreementId = Number(params.id);
  const docId = Number(params.docId);
  const { data, isError, error, refetch } = useDocument(docId);
  const title = data ? documentTitle(data.document, t(`documents.kind.${data.document.kind}`), i18n.language) : t('documents.heading');
  const notFound = !Number.isInteger(agreementId) || !Number.isInteger(docId) || (error instanceof ApiError && error.status === 404)
      || (data && data.document.agreementId !== agreementId);
  // This page's title effect runs after NotFound's: a document of another instrument must not name itself in the tab.
  useDocumentTitle(notFound ? t('common.notFound') : title);

  if (notFound) return <NotFound />;
  return (
    <>
      <p className="back-link"><Link to={`/agreements/${agreementId}`}>{t('documents.reader.back')}</Link></p>
      <h1><span translate="no">{title}</span></h1>
      {data ? <DocumentReader agreementId={agreementId} detail={data} />
        : isError ? <QueryError error={error} onRetry={() => void refetch()} /> : <Loading />}
    </>
  );
}
