import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { assessmentKeys } from '@/features/assessments/api/keys';
import type { Assessment } from '@/features/assessments/api/get-assessments';
import type { components } from '@/types/api';

export type AssessmentRequest = components['schemas']['AssessmentRequest'];

type Input = { agreementId: number; criterionId: string; request: AssessmentRequest };

export function rateCriterion({ agreementId, criterionId, request }: Input): Promise<Assessment> {
  return api<Assessment>(`/api/agreements/${agreementId}/assessments/${encodeURIComponent(criterionId)}`, { method: 'PUT', json: request });
}

export function useRateCriterion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rateCriterion,
    onSuccess: (saved, { agreementId }) => {
      queryClient.setQueryData<Assessment[]>(assessmentKeys.ofAgreement(agreementId),
        (list) => list?.map((a) => (a.criterionId === saved.criterionId ? saved : a)));
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.ofAgreement(agreementId) });
      // Every rating changes the instrument's and its country's scores and the ranking.
      void queryClient.invalidateQueries({ queryKey: ['scorecards'] });
    },
  });
}
