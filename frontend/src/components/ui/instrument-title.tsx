import { useTranslation } from 'react-i18next';
import { pickTitleWithLang } from '@/utils/format';

type Titled = Parameters<typeof pickTitleWithLang>[0];

/**
 * An instrument's title, marked with its language where that differs from the page's (WCAG 3.1.2).
 * `language` for a part of the page in another language than the app (the print layout).
 */
export function InstrumentTitle({ item, language }: { item: Titled; language?: string }) {
  const { i18n } = useTranslation();
  const lang = language ?? i18n.language;
  const title = pickTitleWithLang(item, lang);
  if (!title) return <>{i18n.getFixedT(lang)('common.untitled')}</>;
  return title.lang === lang ? <>{title.text}</> : <span lang={title.lang}>{title.text}</span>;
}
