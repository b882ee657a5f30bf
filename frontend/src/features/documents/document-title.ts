import type { DocumentSummary } from '@/features/documents/api/get-documents';
import { languageName } from '@/features/documents/language-name';

/** A document's name for lists and links: its title, else its file name, else kind and language (named in `uiLanguage`). */
export function documentTitle(d: DocumentSummary, kindLabel: string, uiLanguage: string): string {
  return d.title || d.fileName || `${kindLabel} (${languageName(d.language, uiLanguage)})`;
}
