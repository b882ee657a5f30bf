import { useTranslation } from 'react-i18next';
import { pickTitleWithLang } from '@/utils/format';

type Titled = Parameters<typeof pickTitleWithLang>[0];

/** An instrument's title, marked with its language where that differs from the page's (WCAG 3.1.2). */
export function InstrumentTitle({ item }: { item: Titled }) {
  const { t, i18n } = useTranslation();
  const title = pickTitleWithLang(item, i18n.language);
  if (!title) return <>{t('common.untitled')}</>;
  return title.lang === i18n.language ? <>{title.text}</> : <span lang={title.lang}>{title.text}</span>;
}
