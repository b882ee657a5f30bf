/** Query keys of the assessments feature. */
export const assessmentKeys = {
  all: ['assessments'] as const,
  ofAgreement: (agreementId: number) => [...assessmentKeys.all, agreementId] as const,
};
