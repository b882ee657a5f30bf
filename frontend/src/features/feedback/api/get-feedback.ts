import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, toQuery } from '@/lib/api-client';
import { feedbackKeys } from '@/features/feedback/api/keys';
import type { components } from '@/types/api';

export type Feedback = components['schemas']['FeedbackView'];
export type FeedbackPage = components['schemas']['Page_FeedbackView_'];
export type FeedbackShow = 'open' | 'handled' | 'all';

export const FEEDBACK_PAGE_SIZE = 20;

/** `page` is 0-based, as the server counts. */
export function getFeedback(show: FeedbackShow, page: number): Promise<FeedbackPage> {
  const handled = show === 'all' ? undefined : show === 'handled';
  return api<FeedbackPage>(`/api/feedback${toQuery({ handled: handled === undefined ? undefined : String(handled), page, size: FEEDBACK_PAGE_SIZE })}`);
}

export function getFeedbackQueryOptions(show: FeedbackShow, page: number) {
  return queryOptions({ queryKey: feedbackKeys.list(show, page), queryFn: () => getFeedback(show, page), placeholderData: keepPreviousData });
}

export function useFeedback(show: FeedbackShow, page: number) {
  return useQuery(getFeedbackQueryOptions(show, page));
}
