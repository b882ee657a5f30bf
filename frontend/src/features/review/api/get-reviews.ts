import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export type Evidence = { reference?: string | null; quote?: string | null; source?: string | null; asOf?: string | null };

/** A rating submitted for four-eyes review. Hand-written until the review endpoints are in the OpenAPI document. */
export type ReviewItem = {
  agreementId: number;
  agreementTitleDe?: string | null;
  agreementTitleEn?: string | null;
  title?: string | null;
  countryIso2: string;
  countryNameDe?: string | null;
  countryNameEn?: string | null;
  criterionId: string;
  level: number | null;
  notApplicable: boolean;
  notApplicableReason?: string | null;
  evidence: Evidence | null;
  confidence: string | null;
  author?: string | null;
  assessedBy?: string | null;
  submittedBy?: string | null;
  submittedAt: string | null;
  version: number;
};
export type ReviewQueue = { items: ReviewItem[]; count: number };

export const reviewKeys = { all: ['reviews'] as const };

/** Accepts `{items, count}` and, from older builds, a plain array. */
export async function getReviews(): Promise<ReviewQueue> {
  const body = await api<ReviewQueue | ReviewItem[] | undefined>('/api/reviews');
  const items = Array.isArray(body) ? body : body?.items ?? [];
  const count = !Array.isArray(body) && typeof body?.count === 'number' ? body.count : items.length;
  return { items, count };
}

export function getReviewsQueryOptions() {
  return queryOptions({ queryKey: reviewKeys.all, queryFn: getReviews });
}

/** Pass `enabled: false` for people who do not review, so that the navigation does not ask on their behalf. */
export function useReviews({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getReviewsQueryOptions(), enabled });
}

export function reviewAuthor(item: ReviewItem): string | undefined {
  return item.author ?? item.submittedBy ?? item.assessedBy ?? undefined;
}
