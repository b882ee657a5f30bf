import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

type Evidence = { documentId?: number | null; anchor?: string | null; reference?: string | null } | null | undefined;

/** The reader's address of a passage: the document route with the unit's anchor as fragment. */
export function passageHref(agreementId: number, documentId: number, anchor: string): string {
  return `/instruments/${agreementId}/documents/${documentId}#${encodeURIComponent(anchor)}`;
}

/** "Open in the document" for evidence that names its document and passage; nothing for evidence without. */
export function EvidencePassageLink({ agreementId, evidence }: { agreementId: number; evidence: Evidence }) {
  const { t } = useTranslation();
  if (!evidence?.documentId || !evidence.anchor) return null;
  return (
    <Link className="evidence__passage-link" to={passageHref(agreementId, evidence.documentId, evidence.anchor)}>
      {t('passages.openInDocument')}
      {evidence.reference && <span className="visually-hidden">: {evidence.reference}</span>}
    </Link>
  );
}
