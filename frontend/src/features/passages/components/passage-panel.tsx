import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePassages, type Passage, type Passages, type SearchedDocument } from '@/features/passages/api/get-passages';
import { HighlightedText } from '@/features/passages/components/highlighted-text';
import { formatDate } from '@/utils/format';
import { languageName } from '@/features/documents/language-name';

/** A stem also searched as a compound's beginning ("zweckbindung…") is shown once, as the beginning. */
export function searchedTerms(searched: string[]): string[] {
  return searched.filter((s) => s.endsWith('…') || !searched.includes(`${s}…`));
}

export type SearchRecord = { documentIds: number[]; keywords: string[]; nothingFound: boolean };

type Props = {
  agreementId: number;
  criterionCode: string;
  /** Prefix of element ids, unique per criterion. */
  idPrefix: string;
  /** The criterion's name, so that repeated buttons stay distinguishable for screen readers. */
  criterionName: string;
  onTake: (passage: Passage) => void;
  /** Offered when the chosen level is 0: records where was searched, and that nothing fitted. */
  onRecordNothingFound?: (record: SearchRecord, searched: Passages) => void;
};

export function docLabel(d: SearchedDocument, lang: string): string {
  return [d.title ?? d.kind, languageName(d.language, lang), d.versionDate && formatDate(d.versionDate, lang)].filter(Boolean).join(' · ');
}

export function searchRecordOf(p: Passages): SearchRecord {
  return { documentIds: p.documentsSearched.map((d) => d.id), keywords: [...new Set([...p.keywordsDe, ...p.keywordsEn])], nothingFound: true };
}

/** Collapsible list of the candidate passages of the instrument's documents for one criterion. */
export function PassagePanel({ agreementId, criterionCode, idPrefix, criterionName, onTake, onRecordNothingFound }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const query = usePassages(agreementId, criterionCode, open);
  const regionId = `${idPrefix}-passages`;
  return (
    <section className="passages" aria-labelledby={`${regionId}-title`}>
      <h4 id={`${regionId}-title`} className="passages__title">
        <button type="button" className="button button--secondary button--small" aria-expanded={open} aria-controls={regionId}
          onClick={() => setOpen(!open)}>
          {t('passages.title')}<span className="visually-hidden">: {criterionName}</span>
        </button>
      </h4>
      {open && (
        <div id={regionId} className="passages__body">
          {query.isPending ? <p role="status">{t('passages.loading')}</p>
            : query.isError ? (
              <div className="alert alert--error" role="alert">
                <p>{t('passages.error')}</p>
                <button type="button" className="button button--small" onClick={() => void query.refetch()}>{t('passages.retry')}</button>
              </div>
            ) : (
              <PassageList data={query.data} idPrefix={regionId} onTake={onTake} onRecordNothingFound={onRecordNothingFound} />
            )}
        </div>
      )}
    </section>
  );
}

function PassageList({ data, idPrefix, onTake, onRecordNothingFound }: { data: Passages; idPrefix: string } & Pick<Props, 'onTake' | 'onRecordNothingFound'>) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const searched = (
    <dl className="passages__searched">
      <dt>{t('passages.keywordsSearched')}</dt>
      <dd>{[...data.keywordsDe, ...data.keywordsEn].join(', ') || '–'}</dd>
      <dt>{t('passages.documentsSearched')}</dt>
      <dd>
        {data.documentsSearched.length === 0 ? t('passages.noDocuments') : (
          <ul>{data.documentsSearched.map((d) => <li key={d.id}>{docLabel(d, lang)}{d.marking && <> <span className="badge badge--vs-nfd">{d.marking}</span></>}</li>)}</ul>
        )}
      </dd>
    </dl>
  );
  return (
    <>
      <p className="passages__count" role="status">
        {data.passages.length === 0 ? t('passages.empty') : t('passages.count', { count: data.passages.length })}
      </p>
      {data.passages.length > 0 && (
        <ol className="passages__list">
          {data.passages.map((p, i) => {
            const head = `${idPrefix}-${i}`;
            return (
              <li key={`${p.documentId}-${p.anchor}`} className="passage" aria-labelledby={head}>
                <p id={head} className="passage__head">
                  <strong translate="no">{p.reference}</strong> – <span lang={p.document.language}>{p.document.title ?? p.document.kind}</span>
                  <span className="muted"> ({languageName(p.document.language, lang)}{p.document.versionDate && `, ${formatDate(p.document.versionDate, lang)}`})</span>
                  {p.marking && <> <span className="badge badge--vs-nfd">{p.marking}</span></>}
                </p>
                <blockquote className="quote passage__text" lang={p.document.language} translate="no">
                  <HighlightedText text={p.text} marks={p.marks} />
                </blockquote>
                {p.matchedTerms.length > 0 && (
                  <p className="passage__terms">
                    <span>{t('passages.matched')}: </span>
                    {p.matchedTerms.map((m, j) => (
                      <span key={`${m.keyword}-${m.language}`}>
                        {j > 0 && '; '}
                        <span lang={m.language}>{m.keyword}</span>
                        {' '}({t('passages.stems')}: <span lang={m.language}>{searchedTerms(m.searched).join(', ')}</span>
                        {m.forms.length > 0 && <>; {t('passages.forms')}: <span lang={m.language}>{m.forms.join(', ')}</span></>})
                      </span>
                    ))}
                  </p>
                )}
                <div className="button-row">
                  <Link to={p.link}>{t('passages.open')}<span className="visually-hidden">: {p.reference}</span></Link>
                  <button type="button" className="button button--small" onClick={() => onTake(p)} aria-describedby={head}>
                    {t('passages.take')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {searched}
      {onRecordNothingFound && (
        <div className="button-row">
          <button type="button" className="button button--secondary button--small" onClick={() => onRecordNothingFound(searchRecordOf(data), data)}>
            {t('passages.recordNothingFound')}
          </button>
        </div>
      )}
    </>
  );
}
