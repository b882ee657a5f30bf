import { useTranslation } from 'react-i18next';

/** The classification as a marking: VS-NfD stands out in words and colour, never by colour alone. */
export function ClassificationBadge({ classification }: { classification?: 'OFFEN' | 'VS_NFD' }) {
  const { t } = useTranslation();
  if (!classification) return null;
  return (
    <span className={classification === 'VS_NFD' ? 'badge badge--vs-nfd' : 'badge badge--open'}>
      {t(`documents.classification.${classification}`)}
    </span>
  );
}
