import { useTranslation } from 'react-i18next';

/**
 * Marks the demo seed's fictitious country and its instruments in words, not by colour alone. `language` for a part
 * of the page in another language than the app (the print layout).
 */
export function FictitiousBadge({ fictitious, language }: { fictitious?: boolean | null; language?: string }) {
  const { t, i18n } = useTranslation();
  if (!fictitious) return null;
  const tl = language ? i18n.getFixedT(language) : t;
  // The space keeps the badge a word of its own in the accessible name of a heading or row header.
  return <>{' '}<span className="badge badge--fictitious" title={tl('demo.badgeHint')}>{tl('demo.badge')}</span></>;
}

/** The notice on the pages of a fictitious country or instrument: invented for the demo, not a real partnership. */
export function FictitiousNotice({ fictitious, language }: { fictitious?: boolean | null; language?: string }) {
  const { t, i18n } = useTranslation();
  if (!fictitious) return null;
  const tl = language ? i18n.getFixedT(language) : t;
  return (
    <div className="alert alert--warning alert--fictitious" role="note">
      <p className="alert__title">{tl('demo.noticeTitle')}</p>
      <p>{tl('demo.notice')}</p>
    </div>
  );
}
