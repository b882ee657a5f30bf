export type SortState = { property: string; direction: 'asc' | 'desc' } | undefined;

type Props = { label: string; property: string; sort: SortState; onSort: (next: SortState) => void };

/** Column header that toggles ascending → descending and reports the state through aria-sort. */
export function SortableHeader({ label, property, sort, onSort }: Props) {
  const active = sort?.property === property;
  const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  const next = active && sort.direction === 'asc' ? 'desc' : 'asc';
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className="sort-button" onClick={() => onSort({ property, direction: next })}>
        {label}
        <span aria-hidden="true" className="sort-icon">{active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>
  );
}

export function parseSort(value: string | null): SortState {
  if (!value) return undefined;
  const [property, direction] = value.split(',');
  if (!property) return undefined;
  return { property, direction: direction === 'desc' ? 'desc' : 'asc' };
}

export function formatSort(sort: SortState): string | undefined {
  return sort ? `${sort.property},${sort.direction}` : undefined;
}
