import { formatDate, formatDateTime, pickTitleWithLang } from '@/utils/format';
import { formatNumber, formatPercent, formatScore } from '@/utils/score';

describe('date and time formatting', () => {
  it('writes German dates day.month.year and English ones day/month/year, never month first', () => {
    expect(formatDate('2025-03-04', 'de')).toBe('04.03.2025');
    expect(formatDate('2025-03-04', 'en')).toBe('04/03/2025');
  });

  it('does not shift a plain date through the time zone', () => {
    expect(formatDate('2025-01-01', 'de')).toBe('01.01.2025');
  });

  it('writes points in time with a 24-hour clock in both languages, whatever the fraction of seconds', () => {
    expect(formatDateTime('2026-12-01T15:04:55.814952850Z', 'de', 'UTC')).toBe('01.12.2026, 15:04');
    expect(formatDateTime('2026-12-01T15:04:55Z', 'en', 'UTC')).toBe('01/12/2026, 15:04');
    expect(formatDateTime('2026-12-01T00:30:00Z', 'en', 'UTC')).toBe('01/12/2026, 00:30');
  });

  it('leaves empty values empty and shows what it cannot read as it is', () => {
    expect(formatDate(null, 'de')).toBeUndefined();
    expect(formatDateTime(undefined, 'en')).toBeUndefined();
    expect(formatDate('kein Datum', 'de')).toBe('kein Datum');
  });

  it('writes numbers in the same locale as dates', () => {
    expect(formatNumber(0.25, 'de', 3)).toBe('0,25');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatScore(57.4, 'de')).toBe('57');
    expect(formatPercent(0.5, 'de')).toBe('50\u00a0%');
  });
});

describe('titles with their language', () => {
  it('takes the reader\'s language first and says which language the title is in', () => {
    const item = { titleDe: 'Abkommen', titleEn: 'Agreement', titleOriginal: 'Accord' };
    expect(pickTitleWithLang(item, 'de')).toEqual({ text: 'Abkommen', lang: 'de' });
    expect(pickTitleWithLang(item, 'en')).toEqual({ text: 'Agreement', lang: 'en' });
    expect(pickTitleWithLang({ titleEn: 'Agreement' }, 'de')).toEqual({ text: 'Agreement', lang: 'en' });
    expect(pickTitleWithLang({ titleOriginal: 'Protocollo' }, 'de')).toEqual({ text: 'Protocollo', lang: '' });
    expect(pickTitleWithLang({ titleDe: ' ' }, 'de')).toBeUndefined();
  });
});
