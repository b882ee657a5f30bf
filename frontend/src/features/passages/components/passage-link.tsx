import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

type Evidence = { documentId?: number | null; anchor?: string | null; reference?: string | null } | null | undefined;

/** The reader's address of a passage: the document route with the unit's anchor as fragment. */
export function passageHref(agreementId: number, documentId: number, anchor: string): string {
  return `/instruments/${agreementId}/documents/${documentId}#${encodeURIComponent(anchor)}`;
}

/** Whether evidence names its document and passage (not every view's type carries these fields yet). */
export function hasPassage(e: object | null | undefined): e is { documentId: number; anchor: string } {
  const x = e as { documentId?: unknown; anchor?: unknown } | null | undefined;
  return typeof x?.documentId === 'number' && typeof x.anchor === 'string' && x.anchor !== '';
}

/** "Open in the document" for evidence that names its document and passage; nothing for evidence without. */
export function EvidencePassageLink({ agreementId, evidence }: { agreementId: number; evidence: Evidence }) {
  const { t } = useTranslation();
  if (!evidence || !hasPassage(evidence)) return null;
  const reference = (evidence as { reference?: string | null }).reference;
  return (
    <Link className="evidence__passage-link" to={passageHref(agreementId, evidence.documentId, evidence.anchor)}>
      {t('passages.openInDocument')}
      {reference && <span className="visually-hidden">: {reference}</span>}
    </Link>
  );
}
