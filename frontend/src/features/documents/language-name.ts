/**
 * A document language's name in the interface language: `de` → „Deutsch“ in German, "German" in English.
 * Intl knows every ISO 639 code; a code it cannot name is shown as it is, in capitals.
 */
export function languageName(code: string, uiLanguage: string): string {
  try {
    const name = new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'none' }).of(code);
    if (name) return name.charAt(0).toLocaleUpperCase(uiLanguage) + name.slice(1);
  } catch {
    // not a well-formed code: fall through
  }
  return code.toUpperCase();
}
