/** Formats an ISO date (YYYY-MM-DD) without shifting it through the local time zone. */
export function formatDate(value: string | null | undefined, language: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(value: string | null | undefined, language: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
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
  const preferred = language === 'en' ? [item.titleEn, item.titleDe] : [item.titleDe, item.titleEn];
  return [...preferred, item.titleOriginal].find((t): t is string => !!t && t.trim() !== '');
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
