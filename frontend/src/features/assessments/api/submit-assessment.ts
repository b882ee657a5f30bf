import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { assessmentKeys } from '@/features/assessments/api/keys';
import type { Assessment } from '@/features/assessments/api/get-assessments';
import type { components } from '@/types/api';

type ReviewRequest = components['schemas']['ReviewRequest'];
type Input = { agreementId: number; criterionId: string; version: number };

/** A saved rating that has not been handed to a reviewer yet, or was handed back. */
export function isSubmittable(a: Assessment | undefined): a is Assessment & { version: number } {
  return !!a && a.status !== 'NOT_ASSESSED' && a.version !== null
    && (a.reviewState === 'DRAFT' || a.reviewState === 'CHANGES_REQUESTED');
}

export function submitAssessment({ agreementId, criterionId, version }: Input): Promise<Assessment> {
  const body: ReviewRequest = { version };
  return api<Assessment>(`/api/agreements/${agreementId}/assessments/${encodeURIComponent(criterionId)}/submit`, { method: 'POST', json: body });
}

/** Submitting changes the instrument's ratings and the reviewers' queue (key owned by the review feature). */
export function refreshAfterSubmit(queryClient: QueryClient, agreementId: number) {
  void queryClient.invalidateQueries({ queryKey: assessmentKeys.ofAgreement(agreementId) });
  void queryClient.invalidateQueries({ queryKey: ['reviews'] });
}

export function useSubmitAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitAssessment,
    onSuccess: (saved, { agreementId }) => {
      queryClient.setQueryData<Assessment[]>(assessmentKeys.ofAgreement(agreementId),
        (list) => list?.map((a) => (a.criterionId === saved.criterionId ? saved : a)));
      refreshAfterSubmit(queryClient, agreementId);
    },
  });
}
