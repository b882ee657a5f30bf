import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { components } from '@/types/api';
import { reviewKeys } from '@/features/review/api/get-reviews';

export type ReturnedRatings = components['schemas']['ReturnedRatings'];
export type ReturnedItem = components['schemas']['ReturnedRatings.Item'];

/** Under the review key, so that every decision (and resubmission) refreshes it with the queue. */
const returnedKey = [...reviewKeys.all, 'returned'] as const;

export function getReturned(): Promise<ReturnedRatings> {
  return api<ReturnedRatings>('/api/reviews/returned?size=100');
}

export function useReturnedRatings({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...queryOptions({ queryKey: returnedKey, queryFn: getReturned }), enabled });
}
