import { useId } from 'react';
import { useTranslation } from 'react-i18next';

type Option = { iso2: string; nameDe: string; nameEn: string };
type Props = { options: Option[]; value: string[]; onChange: (iso2s: string[]) => void; slots?: number };

/** Up to three country choices; a country chosen in one slot is not offered in the others. */
export function CountryPicker({ options, value, onChange, slots = 3 }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const lang = i18n.language;
  const sorted = [...options].sort((a, b) => (lang === 'en' ? a.nameEn : a.nameDe).localeCompare(lang === 'en' ? b.nameEn : b.nameDe, lang));
  const set = (slot: number, iso2: string) => {
    const next = [...value];
    next[slot] = iso2;
    onChange(next.filter(Boolean));
  };
  return (
    <fieldset className="filters">
      <legend className="visually-hidden">{t('compare.picker')}</legend>
      {Array.from({ length: slots }, (_, slot) => (
        <div className="field" key={slot}>
          <label htmlFor={`${id}-${slot}`}>{t('compare.country', { n: slot + 1 })}</label>
          <select id={`${id}-${slot}`} value={value[slot] ?? ''} onChange={(e) => set(slot, e.target.value)} disabled={slot > value.length}>
            <option value="">{t('compare.none')}</option>
            {sorted.filter((o) => o.iso2 === value[slot] || !value.includes(o.iso2)).map((o) => (
              <option key={o.iso2} value={o.iso2}>{lang === 'en' ? o.nameEn : o.nameDe}</option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
