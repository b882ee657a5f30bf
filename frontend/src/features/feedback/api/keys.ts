/** Query keys of the feedback feature; marking a message invalidates `all`. */
export const feedbackKeys = {
  all: ['feedback'] as const,
  list: (show: string, page: number) => [...feedbackKeys.all, 'list', show, page] as const,
};
