import { useTranslation } from 'react-i18next';
import { changeFieldLabel, showChange, type Shown } from '@/utils/change-format';

type Change = { old?: unknown; value?: unknown } | null | undefined;

/**
 * The changed fields of one audit event, each as old → new (struck out and inserted for screen readers too),
 * in words: field labels, enum values, readable lists and dates in the reader's format.
 */
export function ChangeList({ changes, entityType, toLabel }: {
  changes: Record<string, Change> | null | undefined;
  entityType: string;
  toLabel: string;
}) {
  const { t, i18n } = useTranslation();
  // A field that was empty and stays empty (an empty list on creation) is no change worth a line.
  const shown = Object.entries(changes ?? {}).filter(([, c]) => !(isEmpty(c?.old) && isEmpty(c?.value)));
  if (shown.length === 0) return null;
  const value = (field: string, v: unknown) => <ShownValue shown={showChange(entityType, field, v, t, i18n.language)} />;
  return (
    <ul className="changes">
      {shown.map(([field, change]) => (
        <li key={field}>
          <span className="changes__field">{changeFieldLabel(entityType, field, t)}:</span>{' '}
          <del>{value(field, change?.old)}</del> <span aria-hidden="true">→</span>
          <span className="visually-hidden"> {toLabel}</span>{' '}
          <ins>{value(field, change?.value)}</ins>
        </li>
      ))}
    </ul>
  );
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function ShownValue({ shown }: { shown: Shown }) {
  const { t, i18n } = useTranslation();
  switch (shown.kind) {
    case 'empty':
      return <span className="unknown">{t('agreements.history.empty_value')}</span>;
    case 'text':
      if (shown.lang && shown.lang !== i18n.language) return <span lang={shown.lang}>{shown.text}</span>;
      return shown.content ? <span translate="no">{shown.text}</span> : <>{shown.text}</>;
    case 'pair':
      return <>{shown.label}: <ShownValue shown={shown.value} /></>;
    case 'list':
      if (shown.items.length === 1) return <ShownValue shown={shown.items[0]} />;
      return <ul className="changes__list">{shown.items.map((item, i) => <li key={i}><ShownValue shown={item} /></li>)}</ul>;
  }
}
