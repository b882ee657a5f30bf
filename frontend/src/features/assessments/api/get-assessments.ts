import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { assessmentKeys } from '@/features/assessments/api/keys';
import type { components } from '@/types/api';

type Generated = components['schemas']['AssessmentView'];
export type AssessmentStatus = 'ASSESSED' | 'NOT_APPLICABLE' | 'NOT_ASSESSED';
/** The OpenAPI document types `status` as a plain string; the backend only ever sends these three values. */
export type Assessment = Omit<Generated, 'status'> & { status: AssessmentStatus };

export function getAssessments(agreementId: number): Promise<Assessment[]> {
  return api<Assessment[]>(`/api/agreements/${agreementId}/assessments`);
}

export function getAssessmentsQueryOptions(agreementId: number) {
  return queryOptions({ queryKey: assessmentKeys.ofAgreement(agreementId), queryFn: () => getAssessments(agreementId) });
}

export function useAssessments(agreementId: number) {
  return useQuery(getAssessmentsQueryOptions(agreementId));
}
