import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { components } from '@/types/api';

export type FeedbackRequest = components['schemas']['FeedbackRequest'];
export type FeedbackReceipt = components['schemas']['FeedbackReceipt'];

/** Open to everyone: the accessibility statement is read without signing in. */
export function sendFeedback(request: FeedbackRequest): Promise<FeedbackReceipt> {
  return api<FeedbackReceipt>('/api/feedback', { method: 'POST', json: request });
}

export const useSendFeedback = () => useMutation({ mutationFn: sendFeedback });
