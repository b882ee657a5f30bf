import type { ReactNode } from 'react';
import type { Mark } from '@/features/passages/api/get-passages';

/**
 * The text with its matched ranges in <mark>. React escapes every piece, so text from documents can never
 * become markup. Marks are [start, end) in UTF-16 code units, as String.slice counts; overlapping or
 * out-of-range marks are clipped rather than trusted.
 */
export function HighlightedText({ text, marks }: { text: string; marks: Mark[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const m of [...marks].sort((a, b) => a.start - b.start)) {
    const start = Math.max(m.start, at);
    const end = Math.min(m.end, text.length);
    if (end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
