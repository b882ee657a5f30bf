import type { components } from '@/types/api';

type S = components['schemas'];
type Nullable<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };

/*
 * The scoring records carry no @Nullable in the backend, so the OpenAPI document marks these fields as always
 * present; the backend does send null for them (excluded groups and criteria, unscored countries).
 */
export type GroupResult = Nullable<S['Scoring.GroupResult'], 'share' | 'points' | 'excludedReason'>;
export type CriterionResult = Nullable<S['Scoring.CriterionResult'], 'level' | 'contribution' | 'excludedReason'>;
export type Breakdown = { groups: GroupResult[]; criteria: CriterionResult[] };
export type Flag = S['Scoring.Flag'];
export type BestLevel = S['ScorecardViews.BestLevel'];
export type InstrumentSummary = S['ScorecardViews.InstrumentSummary'];
export type CountryScorecard = Omit<S['ScorecardViews.CountryScorecard'], 'breakdown'> & { breakdown: Breakdown };
export type HistoryPoint = S['ScorecardViews.HistoryPoint'];
export type RankingEntry = Omit<S['ScorecardViews.RankingEntry'], 'coreLevels'> & { coreLevels: Record<string, number | null> };
