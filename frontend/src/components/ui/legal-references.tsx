import { useTranslation } from 'react-i18next';
import type { components } from '@/types/api';
import { pickText } from '@/utils/format';

type Reference = components['schemas']['LegalReference'];

/**
 * The legal bases of a criterion as a readable list: instrument and provision (names, not translated), the gist in the
 * user's language (English, marked as such, while the German one is missing), the source and whether its text was read.
 */
export function LegalReferenceList({ references }: { references: Reference[] }) {
  const { t, i18n } = useTranslation();
  if (references.length === 0) return null;
  return (
    <ul className="legal-references">
      {references.map((r, i) => {
        const gist = pickText(r.gistDe, r.gist, i18n.language);
        return (
          <li key={`${r.instrument}-${r.provision}-${i}`}>
            <span translate="no">{[r.instrument, r.provision].filter(Boolean).join(', ')}</span>
            {gist && <> – <span lang={gist.lang}>{gist.text}</span></>}
            {' '}<span className="muted">({t(r.verifiedInSession ? 'catalogEditor.verified' : 'catalogEditor.notVerified')}
              {r.source && <>; <a href={r.source} rel="noreferrer noopener" target="_blank">{t('catalogEditor.sourceLink')}<span className="visually-hidden" translate="no"> – {r.instrument}</span></a></>})</span>
          </li>
        );
      })}
    </ul>
  );
}
