import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title so screen-reader users hear where they are after navigating. */
export function useDocumentTitle(title: string | undefined) {
  const { t } = useTranslation();
  const app = t('app.title');
  useEffect(() => {
    document.title = title ? `${title} – ${app}` : app;
  }, [title, app]);
}
