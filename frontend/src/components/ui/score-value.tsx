import { useTranslation } from 'react-i18next';
import { formatScore } from '@/utils/score';

/** A 0–100 score, or "nicht bewertet" for null: an unknown score must never read as 0. */
export function ScoreValue({ score, className }: { score: number | null | undefined; className?: string }) {
  const { t, i18n } = useTranslation();
  const text = formatScore(score, i18n.language);
  if (text === undefined) return <span className={['unknown', className].filter(Boolean).join(' ')}>{t('score.notAssessed')}</span>;
  return <span className={className}>{text}</span>;
}

/** A level 0–3 or a dash that reads as "nicht bewertet". */
export function LevelValue({ level, max }: { level: number | null | undefined; max?: number }) {
  const { t } = useTranslation();
  if (level === null || level === undefined) {
    return (
      <span className="unknown">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('score.dash')}</span>
      </span>
    );
  }
  if (max === undefined) return <>{level}</>;
  return (
    <span>
      <span aria-hidden="true">{level}<span className="muted"> / {max}</span></span>
      <span className="visually-hidden">{t('score.level', { level, max })}</span>
    </span>
  );
}
