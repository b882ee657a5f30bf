import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSearchTexts, type SearchHit } from '@/features/search/api/search-texts';
import { HighlightedText } from '@/features/passages/components/highlighted-text';
import { docLabel } from '@/features/passages/components/passage-panel';
import { InstrumentTitle } from '@/components/ui/instrument-title';
import { ApiError } from '@/lib/api-client';
import { SEARCH_COUNTED, SEARCH_MAX } from '@/config/limits';
import { formatNumber } from '@/utils/score';

/** Full-text search across all instruments and their documents; the query lives in the address (?q=). */
export function TextSearch() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const [input, setInput] = useState(q);
  const query = useSearchTexts(q);
  // The server names what is wrong with the term (e.g. too long); say it at the field, not just "failed".
  const termError = query.error instanceof ApiError ? query.error.fieldMessage('q') : undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    const next = input.trim();
    setParams(next ? { q: next } : {});
  }

  return (
    <>
      <form role="search" className="search-form" onSubmit={submit} aria-label={t('passages.search.title')}>
        <label htmlFor="text-search-q">{t('passages.search.label')}</label>
        <div className="button-row">
          <input id="text-search-q" type="search" maxLength={SEARCH_MAX} value={input} onChange={(e) => setInput(e.target.value)}
            aria-invalid={termError ? true : undefined} aria-describedby={termError ? 'text-search-q-error' : undefined} />
          <button type="submit" className="button">{t('passages.search.submit')}</button>
        </div>
      </form>
      {q !== '' && (
        <section aria-labelledby="text-search-results" className="search-results">
          <h2 id="text-search-results" className="visually-hidden">{t('passages.search.results')}</h2>
          {query.isPending ? <p role="status">{t('passages.search.loading')}</p>
            : query.isError ? <p className="alert alert--error" role="alert" id="text-search-q-error">{t('passages.search.error')}{termError && <> {termError}</>}</p>
            : (
              <>
                <p role="status">{query.data.content.length === 0 ? t('passages.search.empty', { q })
                  : query.data.totalSize >= SEARCH_COUNTED ? t('passages.search.countAtLeast', { n: formatNumber(SEARCH_COUNTED, i18n.language, 0), q })
                    : t('passages.search.count', { count: query.data.totalSize, q })}</p>
                {query.data.content.length > 0 && (
                  <ol className="search-results__list">
                    {query.data.content.map((hit, i) => <HitItem key={`${hit.agreementId}-${hit.document?.id ?? 'a'}-${hit.anchor ?? i}`} hit={hit} />)}
                  </ol>
                )}
              </>
            )}
        </section>
      )}
    </>
  );
}

function HitItem({ hit }: { hit: SearchHit }) {
  const { t, i18n } = useTranslation();
  const d = hit.document;
  return (
    <li className="search-hit">
      <p className="search-hit__title">
        <Link to={hit.link}>
          <InstrumentTitle item={{ titleDe: hit.agreementTitleDe, titleEn: hit.agreementTitleEn, titleOriginal: hit.agreementTitleOriginal }} />
          {hit.reference && <> – <span translate="no">{hit.reference}</span></>}
        </Link>
        {hit.marking && <> <span className="badge badge--vs-nfd">{hit.marking}</span></>}
      </p>
      <p className="muted">
        {d ? <>{t('passages.search.document')}: {docLabel(d, i18n.language)}</> : t('passages.search.instrumentPart')}
      </p>
      <blockquote className="quote search-hit__snippet" lang={d?.language} translate="no">
        <HighlightedText text={hit.snippet.text} marks={hit.snippet.marks} />
      </blockquote>
    </li>
  );
}
