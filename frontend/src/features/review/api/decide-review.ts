import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { reviewKeys } from '@/features/review/api/get-reviews';

type Target = { agreementId: number; criterionId: string; version: number };

function path({ agreementId, criterionId }: Target, action: 'approve' | 'return') {
  return `/api/agreements/${agreementId}/assessments/${encodeURIComponent(criterionId)}/${action}`;
}

export function approveAssessment(target: Target): Promise<unknown> {
  return api<unknown>(path(target, 'approve'), { method: 'POST', json: { version: target.version } });
}

export function returnAssessment(target: Target & { comment: string }): Promise<unknown> {
  return api<unknown>(path(target, 'return'), { method: 'POST', json: { comment: target.comment, version: target.version } });
}

/** A decision changes the queue, the instrument's ratings and, once approved, every score built on them. */
function refresh(queryClient: QueryClient, { agreementId }: Target) {
  void queryClient.invalidateQueries({ queryKey: reviewKeys.all });
  void queryClient.invalidateQueries({ queryKey: ['assessments', agreementId] });
  void queryClient.invalidateQueries({ queryKey: ['scorecards'] });
  void queryClient.invalidateQueries({ queryKey: ['agreements', 'detail', agreementId] });
}

export function useApproveAssessment() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: approveAssessment, onSuccess: (_, target) => refresh(queryClient, target) });
}

export function useReturnAssessment() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: returnAssessment, onSuccess: (_, target) => refresh(queryClient, target) });
}
