/** Query keys of the admin feature; mutations invalidate the `all` key of what they change. */
export const accountKeys = {
  all: ['accounts'] as const,
  list: (page: number) => [...accountKeys.all, 'list', page] as const,
};

export const catalogKeys = {
  all: ['catalogs'] as const,
  list: () => [...catalogKeys.all, 'list'] as const,
  detail: (id: number) => [...catalogKeys.all, 'detail', id] as const,
};
