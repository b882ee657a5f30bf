import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from '@/config/locales/de';
import { en } from '@/config/locales/en';

export const LANGUAGE_KEY = 'pm.language';
export const languages = ['de', 'en'] as const;
export type Language = (typeof languages)[number];

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(LANGUAGE_KEY);
    return value === 'en' ? 'en' : 'de';
  } catch {
    return 'de';
  }
}

void i18n.use(initReactI18next).init({
  resources: { de: { translation: de }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'de',
  interpolation: { escapeValue: false },
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(LANGUAGE_KEY, lng);
  } catch {
    // Private mode: the switch still works for this page.
  }
});

export default i18n;
