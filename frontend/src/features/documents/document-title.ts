import type { DocumentSummary } from '@/features/documents/api/get-documents';

/** A document's name for lists and links: its title, else its file name, else kind and language. */
export function documentTitle(d: DocumentSummary, kindLabel: string): string {
  return d.title || d.fileName || `${kindLabel} (${d.language})`;
}
