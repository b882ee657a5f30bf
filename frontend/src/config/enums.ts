import type { components } from '@/types/api';

type Schemas = components['schemas'];
export type AgreementType = Schemas['AgreementType'];
export type AgreementStatus = Schemas['AgreementStatus'];
export type ComponentCode = Schemas['Component'];
export type Confidence = NonNullable<Schemas['AssessmentView']['confidence']>;

export const AGREEMENT_TYPES: Schemas['AgreementType'][] = ['TREATY', 'MOU', 'WORKING_STRUCTURE'];
export const AGREEMENT_STATUSES: Schemas['AgreementStatus'][] = [
  'PLANNED', 'NEGOTIATING', 'SIGNED', 'PROVISIONALLY_APPLIED', 'IN_FORCE', 'SUSPENDED', 'EXPIRED', 'TERMINATED',
];
/** Planned or in negotiation: the only states in which a planned date means something (the server's rule too). */
export function isUnsigned(status: string | null | undefined): boolean {
  return status === 'PLANNED' || status === 'NEGOTIATING';
}
export const COMPONENTS: Schemas['Component'][] = [
  'RETURN_READMISSION', 'SKILLED_LABOUR', 'VISA_FACILITATION', 'QUALIFICATION_TRAINING',
  'JOB_FAIRS_RECRUITMENT', 'ECONOMIC_COOPERATION', 'TECHNOLOGY_TRANSFER', 'OTHER',
];
export const PARTY_LEVELS: Schemas['PartyLevel'][] = ['DE_BILATERAL', 'EU', 'OTHER_EUROPEAN_STATE'];
export const MINISTRIES: Schemas['Ministry'][] = [
  'AA', 'BMI', 'BMZ', 'BMAS', 'BMG', 'BMJV', 'BMF', 'BMWE', 'BMBFSFJ', 'BMFTR', 'BMDS', 'BMVg', 'BMUKN', 'BMLEH', 'BMV', 'BMWSB', 'BKM', 'BKAMT',
];
export const REGIONS: Schemas['Region'][] = ['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA', 'ANTARCTIC'];
