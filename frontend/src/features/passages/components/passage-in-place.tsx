import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocument, type DocumentUnit } from '@/features/documents/api/get-document';
import { ClassificationBadge } from '@/features/documents/components/classification-badge';
import { documentTitle } from '@/features/documents/document-title';
import { languageName } from '@/features/documents/language-name';
import { hasPassage, passageHref } from '@/features/passages/components/passage-link';
import { formatDate } from '@/utils/format';

/** The VS-NfD marking a quote taken from a classified document carries wherever it is shown. */
export function QuoteMarking({ marking }: { marking?: string | null }) {
  const { t } = useTranslation();
  if (!marking) return null;
  return <p className="quote-marking"><span className="badge badge--vs-nfd">{marking}</span> <span className="muted">{t('evidencePassage.markedQuote')}</span></p>;
}

type Evidence = { documentId?: number | null; anchor?: string | null; reference?: string | null } | null | undefined;

/** The unit and, for an article, its paragraphs: what the citation points to. */
function unitsOf(units: DocumentUnit[], anchor: string): DocumentUnit[] {
  const unit = units.find((u) => u.anchor === anchor);
  if (!unit) return [];
  return [unit, ...units.filter((u) => u.parentAnchor === anchor)];
}

/**
 * Opens the passage the evidence was taken from right here, below the evidence: the unit's text with its citation,
 * the document's classification and a link to the reader's deep link. The text comes from the document API, so the
 * same access rule applies as in the reader.
 */
export function PassageInPlace({ agreementId, evidence }: { agreementId: number; evidence: Evidence }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const reference = evidence?.reference;
  const linked = hasPassage(evidence);
  const query = useDocument(linked && open ? evidence.documentId : undefined);
  if (!evidence || !linked) return null;
  const doc = query.data?.document;
  const units = query.data ? unitsOf(query.data.units, evidence.anchor) : [];
  return (
    <div className="passage-in-place">
      <button type="button" className="button button--secondary button--small" aria-expanded={open} aria-controls={regionId}
        onClick={() => setOpen(!open)}>
        {open ? t('evidencePassage.close') : t('evidencePassage.open')}
        {reference && <span className="visually-hidden">: {reference}</span>}
      </button>
      {open && (
        <section id={regionId} className="passage-in-place__body" aria-label={t('evidencePassage.region', { reference: reference ?? evidence.anchor })}>
          {query.isPending ? <p role="status">{t('evidencePassage.loading')}</p>
            : query.isError ? <p className="alert alert--error" role="alert">{t('evidencePassage.error')}</p>
            : doc && (
              <>
                <p className="passage__head">
                  <strong translate="no">{units[0]?.label ?? reference}</strong> – <span lang={doc.language}>{documentTitle(doc, t(`documents.kind.${doc.kind}`), lang)}</span>
                  <span className="muted"> ({languageName(doc.language, lang)}{doc.versionDate && `, ${formatDate(doc.versionDate, lang)}`})</span>
                  {' '}<ClassificationBadge classification={doc.classification} />
                </p>
                {units.length === 0 ? <p>{t('evidencePassage.missing')}</p> : (
                  <blockquote className="quote passage__text" lang={doc.language} translate="no">
                    {units.map((u) => (
                      <p key={u.anchor} className="document-text">
                        {u.kind === 'PARAGRAPH' && u.anchor !== evidence.anchor && <strong>{u.label}: </strong>}
                        {u.text}
                      </p>
                    ))}
                  </blockquote>
                )}
                <p><Link to={passageHref(agreementId, evidence.documentId, evidence.anchor)}>
                  {t('passages.openInDocument')}{reference && <span className="visually-hidden">: {reference}</span>}
                </Link></p>
              </>
            )}
        </section>
      )}
    </div>
  );
}
