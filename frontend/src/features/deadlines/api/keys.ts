import type { DeadlineQuery } from '@/features/deadlines/api/get-deadlines';

export const deadlineKeys = {
  all: ['deadlines'] as const,
  list: (query: DeadlineQuery) => ['deadlines', 'list', query] as const,
  calendar: ['deadlines', 'calendar'] as const,
};
