import type { ReactNode } from 'react';

type Change = { old?: unknown; value?: unknown } | null | undefined;

/** The changed fields of one audit event, each as old → new (struck out and inserted for screen readers too). */
export function ChangeList({ changes, fieldLabel, renderValue, toLabel }: {
  changes: Record<string, Change> | null | undefined;
  fieldLabel: (field: string) => string;
  renderValue: (value: unknown) => ReactNode;
  toLabel: string;
}) {
  if (!changes || Object.keys(changes).length === 0) return null;
  return (
    <ul className="changes">
      {Object.entries(changes).map(([field, change]) => (
        <li key={field}>
          <span className="changes__field">{fieldLabel(field)}:</span>{' '}
          <del>{renderValue(change?.old)}</del> <span aria-hidden="true">→</span>
          <span className="visually-hidden"> {toLabel}</span>{' '}
          <ins>{renderValue(change?.value)}</ins>
        </li>
      ))}
    </ul>
  );
}
