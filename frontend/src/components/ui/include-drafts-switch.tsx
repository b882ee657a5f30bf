import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Whether scores also count ratings that have not passed four-eyes review yet. Off by default. */
export function IncludeDraftsSwitch({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field field--switch">
      <input id={id} type="checkbox" role="switch" checked={checked} aria-describedby={`${id}-hint`} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{t('score.includeDrafts')}</label>
      <p id={`${id}-hint`} className={checked ? 'alert alert--warning' : 'hint'} aria-live="polite">
        {checked ? t('score.includesDrafts') : t('score.approvedOnly')}
      </p>
    </div>
  );
}
