import { useTranslation } from 'react-i18next';
import type { Flag } from '@/features/scorecards/api/types';

/** Red flags or notes; known codes are translated, unknown ones show the server's (English) message. */
export function FlagList({ flags, kind }: { flags: Flag[]; kind: 'red' | 'note' }) {
  const { t } = useTranslation();
  return (
    <ul className={kind === 'red' ? 'flag-list flag-list--red' : 'flag-list'}>
      {flags.map((f) => (
        <li key={f.code}>
          {kind === 'red' && <span aria-hidden="true" className="flag-icon">⚠ </span>}
          {t(`flag.${f.code}`, { defaultValue: f.message })}
        </li>
      ))}
    </ul>
  );
}
