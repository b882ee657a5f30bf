/** Query keys of the documents feature; uploads and archiving invalidate the instrument's list. */
export const documentKeys = {
  all: ['documents'] as const,
  ofAgreement: (agreementId: number) => [...documentKeys.all, 'agreement', agreementId] as const,
  detail: (docId: number) => [...documentKeys.all, 'detail', docId] as const,
};
