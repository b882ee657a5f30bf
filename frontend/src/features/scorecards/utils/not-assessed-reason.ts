import type { CountryScorecard } from '@/features/scorecards/api/types';

export type NotAssessedReason =
  | { kind: 'noInstruments' }
  | { kind: 'noneInForce'; count: number; status: string }
  | { kind: 'noApproved' }
  | { kind: 'noRatings' };

/**
 * Why a country has no score, from what the scorecard itself says: no instrument at all, none in force (only
 * instruments in force or provisionally applied count), or instruments in force whose ratings are missing or not
 * approved yet. Undefined when there is a score.
 */
export function notAssessedReason(scorecard: Pick<CountryScorecard, 'score' | 'instruments' | 'instrumentsNotInForce' | 'includesDrafts'>): NotAssessedReason | undefined {
  if (scorecard.score !== null) return undefined;
  const inForce = scorecard.instruments ?? [];
  const other = scorecard.instrumentsNotInForce ?? [];
  if (inForce.length === 0 && other.length === 0) return { kind: 'noInstruments' };
  if (inForce.length === 0) return { kind: 'noneInForce', count: other.length, status: other[0].status };
  return scorecard.includesDrafts ? { kind: 'noRatings' } : { kind: 'noApproved' };
}
