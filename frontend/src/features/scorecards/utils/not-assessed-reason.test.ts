import { notAssessedReason } from '@/features/scorecards/utils/not-assessed-reason';

const instrument = (status: string) => ({ id: 1, titleDe: 'A', titleEn: null, type: 'TREATY', status, score: null, coverage: 0, redFlagCount: 0 });

describe('why a country is not rated', () => {
  it('gives no reason when there is a score', () => {
    expect(notAssessedReason({ score: 42, instruments: [instrument('IN_FORCE')], instrumentsNotInForce: [], includesDrafts: false })).toBeUndefined();
  });
  it('says no instrument is in force when the only ones are signed or suspended, with their status', () => {
    expect(notAssessedReason({ score: null, instruments: [], instrumentsNotInForce: [instrument('SIGNED')], includesDrafts: false }))
      .toEqual({ kind: 'noneInForce', count: 1, status: 'SIGNED' });
    expect(notAssessedReason({ score: null, instruments: [], instrumentsNotInForce: [instrument('SIGNED'), instrument('SUSPENDED')], includesDrafts: false }))
      .toEqual({ kind: 'noneInForce', count: 2, status: 'SIGNED' });
  });
  it('says nothing is recorded when there is no instrument at all, also when the lists are missing', () => {
    expect(notAssessedReason({ score: null, instruments: [], instrumentsNotInForce: [], includesDrafts: false })).toEqual({ kind: 'noInstruments' });
    expect(notAssessedReason({ score: null } as never)).toEqual({ kind: 'noInstruments' });
  });
  it('tells unapproved from unrated ratings of instruments in force', () => {
    expect(notAssessedReason({ score: null, instruments: [instrument('IN_FORCE')], instrumentsNotInForce: [], includesDrafts: false })).toEqual({ kind: 'noApproved' });
    expect(notAssessedReason({ score: null, instruments: [instrument('IN_FORCE')], instrumentsNotInForce: [], includesDrafts: true })).toEqual({ kind: 'noRatings' });
  });
});
