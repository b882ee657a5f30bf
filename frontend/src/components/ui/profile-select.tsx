import { useId } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { profiles: { code: string; isDefault: boolean }[]; value: string | undefined; onChange: (code: string | undefined) => void };

/** Weighting profile switch; the default profile is sent as "no profile" so URLs stay short. */
export function ProfileSelect({ profiles, value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const fallback = profiles.find((p) => p.isDefault)?.code;
  return (
    <div className="field">
      <label htmlFor={id}>{t('score.profile')}</label>
      <select id={id} value={value ?? fallback ?? ''} onChange={(e) => onChange(e.target.value === fallback ? undefined : e.target.value)}>
        {profiles.length === 0 && <option value="">{t('profileName.balanced')}</option>}
        {profiles.map((p) => <option key={p.code} value={p.code}>{t(`profileName.${p.code}`, { defaultValue: p.code })}</option>)}
      </select>
    </div>
  );
}
