import { useEffect, useRef } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocument, type DocumentDetail, type DocumentUnit } from '@/features/documents/api/get-document';
import { useDocuments } from '@/features/documents/api/get-documents';
import { ClassificationBadge } from '@/features/documents/components/classification-badge';
import { documentTitle } from '@/features/documents/document-title';
import { formatDate, formatDateTime } from '@/utils/format';
import { languageName } from '@/features/documents/language-name';

/** A unit's text without the marker and heading lines that its heading already shows. */
export function bodyOf(u: DocumentUnit): string {
  if (u.kind !== 'ARTICLE' && u.kind !== 'ANNEX') return u.text;
  const lines = u.text.split('\n');
  let rest = lines.slice(1);
  if (u.heading && !lines[0].includes(u.heading)) {
    const at = rest.findIndex((l) => l.trim() !== '');
    if (at >= 0 && rest[at].trim() === u.heading) rest = rest.slice(at + 1);
  }
  return rest.join('\n').trim();
}

/** Same structure: the same anchors in the same order, so that passages line up. */
export function sameStructure(a: DocumentUnit[], b: DocumentUnit[]): boolean {
  return a.length === b.length && a.every((u, i) => u.anchor === b[i].anchor);
}

function UnitBody({ unit }: { unit: DocumentUnit }) {
  const body = bodyOf(unit);
  return body ? <div className="document-text">{body}</div> : null;
}

function UnitHeading({ unit }: { unit: DocumentUnit }) {
  if (unit.kind === 'PARAGRAPH' || unit.kind === 'TEXT') return null;
  return <h3 className="document-unit__heading">{unit.label}{unit.heading ? ` – ${unit.heading}` : ''}</h3>;
}

export function DocumentReader({ agreementId, detail }: { agreementId: number; detail: DocumentDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const doc = detail.document;
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const compareId = Number(params.get('compare')) || undefined;
  const siblings = useDocuments(agreementId).data ?? [];
  const other = useDocument(compareId);
  const textRef = useRef<HTMLDivElement>(null);
  const anchor = decodeURIComponent(location.hash.replace(/^#/, ''));

  // The passage of the URL's fragment: scrolled to, marked and focused once the text is there.
  useEffect(() => {
    const box = textRef.current;
    if (!box) return;
    box.querySelectorAll('.is-target').forEach((el) => el.classList.remove('is-target'));
    if (!anchor) return;
    const target = document.getElementById(anchor);
    if (!target || !box.contains(target)) return;
    target.classList.add('is-target');
    target.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [anchor, detail, other.data]);

  const newer = doc.supersededBy ? siblings.find((s) => s.id === doc.supersededBy) : undefined;
  const candidates = siblings.filter((s) => s.id !== doc.id && s.state !== 'ARCHIVED' && s.language !== doc.language);
  const comparison = other.data && sameStructure(detail.units, other.data.units) ? other.data : undefined;
  const toc = detail.units.filter((u) => !u.parentAnchor);

  const unitBlock = (u: DocumentUnit, withId: boolean) => (
    <div id={withId ? u.anchor : undefined} tabIndex={withId ? -1 : undefined}
      className={`document-unit document-unit--${u.kind.toLowerCase()}`}>
      <UnitHeading unit={u} />
      <UnitBody unit={u} />
      {withId && (
        <a className="passage-link" href={`#${u.anchor}`} aria-label={`${t('documents.reader.passageLink')}: ${u.label}`}>#</a>
      )}
    </div>
  );

  return (
    <>
      {doc.classification === 'VS_NFD' && (
        <p className="alert alert--warning classification-banner"><strong>{t('documents.classification.VS_NFD')}</strong></p>
      )}
      {doc.state === 'SUPERSEDED' && (
        <div className="alert alert--warning" role="note">
          <p>{t('documents.reader.supersededBanner')}</p>
          {newer && <p><Link to={`/instruments/${agreementId}/documents/${newer.id}`}>{t('documents.reader.openNewer')}</Link></p>}
        </div>
      )}
      {doc.state === 'ARCHIVED' && <div className="alert alert--warning" role="note"><p>{t('documents.reader.archivedBanner')}</p></div>}

      <section aria-labelledby="document-meta-heading">
        <h2 id="document-meta-heading">{t('documents.reader.metadata')}</h2>
        <dl className="facts">
          <div className="facts__row"><dt>{t('documents.col.kind')}</dt><dd>{t(`documents.kind.${doc.kind}`)}</dd></div>
          <div className="facts__row"><dt>{t('documents.col.language')}</dt><dd>{languageName(doc.language, lang)}</dd></div>
          <div className="facts__row"><dt>{t('documents.col.versionDate')}</dt><dd>{formatDate(doc.versionDate, lang) ?? '–'}</dd></div>
          <div className="facts__row"><dt>{t('documents.col.classification')}</dt><dd><ClassificationBadge classification={doc.classification} /></dd></div>
          <div className="facts__row"><dt>{t('documents.col.state')}</dt><dd>{t(`documents.state.${doc.state}`)}</dd></div>
          <div className="facts__row"><dt>{t('documents.upload.sourceField')}</dt><dd translate="no">{doc.source ?? '–'}</dd></div>
          <div className="facts__row">
            <dt>{t('documents.col.uploaded')}</dt>
            <dd>{t('documents.uploadedBy', { time: formatDateTime(doc.uploadedAt, lang), user: doc.uploadedBy })}</dd>
          </div>
        </dl>
        <p><a className="button button--secondary" href={`/api/documents/${doc.id}/original`} download>{t('documents.download')}</a></p>
      </section>

      {toc.length > 1 && (
        <nav aria-labelledby="document-toc-heading" className="document-toc">
          <h2 id="document-toc-heading">{t('documents.reader.toc')}</h2>
          <ol className="plain-list">
            {toc.map((u) => (
              <li key={u.anchor}><a href={`#${u.anchor}`}>{u.label}{u.heading ? ` – ${u.heading}` : ''}</a></li>
            ))}
          </ol>
        </nav>
      )}

      {candidates.length > 0 && (
        <div className="field">
          <label htmlFor="document-compare">{t('documents.reader.compare')}</label>
          <select id="document-compare" value={compareId ?? ''}
            onChange={(e) => {
              const next = new URLSearchParams(params);
              if (e.target.value) next.set('compare', e.target.value);
              else next.delete('compare');
              setParams(next, { replace: true, preventScrollReset: true });
            }}>
            <option value="">{t('documents.reader.compareNone')}</option>
            {candidates.map((c) => <option key={c.id} value={c.id}>{documentTitle(c, t(`documents.kind.${c.kind}`), lang)} ({languageName(c.language, lang)})</option>)}
          </select>
        </div>
      )}
      {other.data && !comparison && <p className="alert alert--warning" role="status">{t('documents.reader.compareMismatch')}</p>}

      <section aria-labelledby="document-text-heading">
        <h2 id="document-text-heading">{t('documents.reader.text')}</h2>
        <div ref={textRef} className={comparison ? 'document-body document-body--parallel' : 'document-body'}>
          {detail.units.length === 0 && <p>{t('documents.reader.noUnits')}</p>}
          {detail.units.map((u, i) => comparison ? (
            <div key={u.anchor} className="document-row">
              <div lang={doc.language}>{unitBlock(u, true)}</div>
              <div lang={comparison.document.language}>{unitBlock(comparison.units[i], false)}</div>
            </div>
          ) : (
            <div key={u.anchor} lang={doc.language}>{unitBlock(u, true)}</div>
          ))}
        </div>
      </section>
    </>
  );
}
