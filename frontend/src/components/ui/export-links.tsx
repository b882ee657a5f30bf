import { useTranslation } from 'react-i18next';
import { toQuery } from '@/lib/api-client';

type Props = {
  /** The list's API path, e.g. /api/agreements. */
  path: string;
  /** The filters and sort the table shows now; page and size are left out, the file holds every page. */
  query?: Record<string, string | number | boolean | undefined | null>;
  /** What the table is, for screen readers: "Instrumente exportieren". */
  label: string;
};

/** "Exportieren" as two download links, CSV and Excel, with the table's current filters and sort and the UI's language. */
export function ExportLinks({ path, query = {}, label }: Props) {
  const { t, i18n } = useTranslation();
  const params: Record<string, string | number | undefined | null> = {};
  for (const [key, value] of Object.entries(query)) {
    if (key === 'page' || key === 'size') continue;
    params[key] = typeof value === 'boolean' ? (value ? 'true' : undefined) : value;
  }
  const lang = i18n.language.startsWith('en') ? 'en' : 'de';
  const href = (format: 'csv' | 'xlsx') => `${path}${toQuery({ ...params, format, lang })}`;
  return (
    <div className="export-links" role="group" aria-label={label}>
      <span className="export-links__title" aria-hidden="true">{t('exports.title')}:</span>
      <a className="button button--small button--secondary" href={href('csv')} download>
        {t('exports.csv')}<span className="visually-hidden"> – {label}</span>
      </a>
      <a className="button button--small button--secondary" href={href('xlsx')} download>
        {t('exports.xlsx')}<span className="visually-hidden"> – {label}</span>
      </a>
    </div>
  );
}
