import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { components } from '@/types/api';

export type ReviewQueue = components['schemas']['Page_ReviewQueue.Item_'];
export type ReviewItem = components['schemas']['ReviewQueue.Item'];

export const reviewKeys = { all: ['reviews'] as const };

export function getReviews(): Promise<ReviewQueue> {
  return api<ReviewQueue>('/api/reviews');
}

export function getReviewsQueryOptions() {
  return queryOptions({ queryKey: reviewKeys.all, queryFn: getReviews });
}

/** Pass `enabled: false` for people who do not review, so that the navigation does not ask on their behalf. */
export function useReviews({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getReviewsQueryOptions(), enabled });
}

/** Who asked for the review: the submitter, else whoever last rated. */
export function reviewAuthor(item: ReviewItem): string {
  return item.submittedBy ?? item.assessedBy;
}
