import { formatLocale } from '@/utils/format';

/** Scores are 0–100 or null; null means nothing is known yet and must never read as 0. */
export function formatScore(score: number | null | undefined, language: string): string | undefined {
  if (score === null || score === undefined) return undefined;
  return new Intl.NumberFormat(formatLocale(language), { maximumFractionDigits: 0 }).format(score);
}

export function formatNumber(value: number | null | undefined, language: string, digits = 1): string | undefined {
  if (value === null || value === undefined) return undefined;
  return new Intl.NumberFormat(formatLocale(language), { maximumFractionDigits: digits }).format(value);
}

/** A 0–1 share as a percentage. */
export function formatPercent(share: number | null | undefined, language: string): string | undefined {
  if (share === null || share === undefined) return undefined;
  return new Intl.NumberFormat(formatLocale(language), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
