import { useTranslation } from 'react-i18next';

export function AgreementStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status.toLowerCase().replace(/_/g, '-')}`}>{t(`status.${status}`)}</span>;
}
