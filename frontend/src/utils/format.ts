import type { TFunction } from 'i18next';

/**
 * The locale dates and numbers are written in: German as in Germany, English as in Britain (day-month-year,
 * 24-hour clock), as the federal administration writes English.
 */
export function formatLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'de-DE';
}

/** An audited action in words; an action the locale files do not know yet reads as "Änderung", never as its code. */
export function actionLabel(t: TFunction, action: string): string {
  return t(`action.${action}` as never, { defaultValue: t('action.other') }) as string;
}

/** Formats an ISO date (YYYY-MM-DD) without shifting it through the local time zone. */
export function formatDate(value: string | null | undefined, language: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(formatLocale(language), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A point in time (ISO instant, any fraction of seconds) in the reader's time zone, to the minute. */
export function formatDateTime(value: string | null | undefined, language: string, timeZone?: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(formatLocale(language), {
    day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone,
  }).format(date);
}


/** Name of a country or region code in the given language, falling back to the code. */
export function regionName(iso2: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(iso2) ?? iso2;
  } catch {
    return iso2;
  }
}

type Titled = { titleDe?: string | null; titleEn?: string | null; titleOriginal?: string | null };

/** The title in the reader's language, else any title the instrument has. */
export function pickTitle(item: Titled, language: string): string | undefined {
  return pickTitleWithLang(item, language)?.text;
}

/**
 * The title as pickTitle chooses it, with the language it is in (WCAG 3.1.2): `de`, `en`, or `''`
 * (unknown) for the title in the instrument's own language.
 */
export function pickTitleWithLang(item: Titled, language: string): { text: string; lang: string } | undefined {
  const candidates: [string | null | undefined, string][] = language === 'en'
    ? [[item.titleEn, 'en'], [item.titleDe, 'de'], [item.titleOriginal, '']]
    : [[item.titleDe, 'de'], [item.titleEn, 'en'], [item.titleOriginal, '']];
  const found = candidates.find(([text]) => !!text && text.trim() !== '');
  return found ? { text: found[0]!, lang: found[1] } : undefined;
}

/**
 * The text in the current language; the other language's text only where it is missing, then with its {@code lang}
 * so that screen readers pronounce it right.
 */
export function pickText(de: string | null | undefined, en: string | null | undefined, language: string): { text: string; lang?: 'de' | 'en' } | undefined {
  const has = (s: string | null | undefined): s is string => !!s && s.trim() !== '';
  if (language === 'en') {
    return has(en) ? { text: en } : has(de) ? { text: de, lang: 'de' } : undefined;
  }
  return has(de) ? { text: de } : has(en) ? { text: en, lang: 'en' } : undefined;
}

export function countryName(item: { countryNameDe: string; countryNameEn: string }, language: string): string {
  return language === 'en' ? item.countryNameEn : item.countryNameDe;
}
