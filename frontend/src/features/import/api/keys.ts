/** Query keys of the import feature (and the open-data releases it sits beside). */
export const openDataKeys = {
  all: ['open-data-releases'] as const,
  list: (page: number) => [...openDataKeys.all, 'list', page] as const,
};

/** What an import changes: the instrument lists and details of the agreements feature. */
export const agreementKeysTouched = [['agreements'], ['countries']] as const;
