import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from '@/config/enums';

export function AgreementStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status.toLowerCase().replace(/_/g, '-')}`}>{t(`status.${status as AgreementStatus}`, { defaultValue: status })}</span>;
}
