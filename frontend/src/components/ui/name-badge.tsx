import type { ReactNode } from 'react';

/**
 * A badge after a name (Kernkriterium, Lücke). The space keeps it a word of its own in the accessible name of a heading
 * or row header; without it screen readers read "Datenschutz-GrundklauselKernkriterium".
 */
export function NameBadge({ tone, children }: { tone: 'core' | 'gap'; children: ReactNode }) {
  return <>{' '}<span className={`badge badge--${tone}`}>{children}</span></>;
}
