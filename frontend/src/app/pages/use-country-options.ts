import { useTranslation } from 'react-i18next';
import { useCountries } from '@/features/countries/api/get-countries';

/** Countries as {iso2, name} in the current language, sorted by name, for the agreements screens. */
export function useCountryOptions() {
  const { i18n } = useTranslation();
  const { data = [] } = useCountries();
  const lang = i18n.language;
  return data
    .map((c) => ({ iso2: c.iso2, name: lang === 'en' ? c.nameEn : c.nameDe }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}
