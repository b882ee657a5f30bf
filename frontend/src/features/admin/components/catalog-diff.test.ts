import { catalogDiff, currentPublished, isEmptyDiff } from '@/features/admin/components/catalog-diff';
import { changeRequest, leavesNoAdmin, removedRoles } from '@/features/admin/components/account-rules';
import { catalog, profiles } from '@/testing/fixtures';

const reference = (instrument: string, provision: string, gist: string, gistDe: string | null = null) =>
  ({ instrument, provision, gist, gistDe, verifiedInSession: true, source: 'https://example.org' });
const base = {
  criteria: catalog.criteria.map((c, i) => (i === 0 ? { ...c, legalReferences: [reference('GDPR', 'Art. 5(1)', 'core principles'), reference('GDPR', 'Art. 46', 'transfers')] } : c)),
  profiles,
  gatingRules: [{ code: 'BIOMETRICS_DP_BASE', version: 0, descriptionEn: 'Warning', descriptionDe: 'Warnhinweis' },
    { code: 'NOT_PUBLIC_LOW_CONFIDENCE', version: 0, descriptionEn: 'Low', descriptionDe: null }],
};

describe('catalogue diff', () => {
  it('finds nothing when the draft is a copy', () => {
    expect(isEmptyDiff(catalogDiff(base, structuredClone(base)))).toBe(true);
  });

  it('names added, retired and changed criteria and changed weights', () => {
    const draft = structuredClone(base);
    draft.criteria[0].nameDe = 'Datenschutz-Basisklausel';
    draft.criteria[0].scaleEn = ['missing', ...draft.criteria[0].scaleEn.slice(1)];
    draft.criteria[1].retired = true;
    draft.criteria.push({ ...draft.criteria[2], id: 'NEW-ONE', version: 0 });
    draft.profiles[0].weights = { ...draft.profiles[0].weights, G1: 0.25, G2: 0.3 };
    draft.profiles[1].capsSoftInstruments = true;

    const diff = catalogDiff(base, draft);

    expect(diff.added).toEqual(['NEW-ONE']);
    expect(diff.retired).toEqual(['PURPOSE']);
    expect(diff.changed).toEqual([{ id: 'DP-BASE', fields: ['nameDe', 'scaleEn'] }]);
    expect(diff.weights).toEqual([
      { profile: 'balanced', group: 'G1', from: 0.3, to: 0.25 },
      { profile: 'balanced', group: 'G2', from: 0.25, to: 0.3 },
    ]);
    expect(diff.caps).toEqual(['return_readmission_focus']);
    expect(diff).toMatchObject({ rationales: [], gatingRules: [], references: [] });
  });

  it('names changed rationales, gating rules and legal references, the references by instrument and provision', () => {
    const draft = structuredClone(base);
    draft.profiles[1].rationaleDe = 'Neue Begründung';
    draft.gatingRules[1].descriptionDe = 'Niedrige Sicherheit';
    draft.gatingRules[1].version = 1;
    draft.gatingRules[0].version = 3; // a save that left the texts as they were changes nothing
    const refs = draft.criteria[0].legalReferences;
    refs[0] = { ...refs[0], gistDe: 'Grundsätze' };
    refs.splice(1, 1, reference('GDPR', 'Art. 24', 'measures'));

    const diff = catalogDiff(base, draft);

    expect(diff.rationales).toEqual(['return_readmission_focus']);
    expect(diff.gatingRules).toEqual(['NOT_PUBLIC_LOW_CONFIDENCE']);
    expect(diff.references).toEqual([{ id: 'DP-BASE', added: ['GDPR, Art. 24'], removed: ['GDPR, Art. 46'], changed: ['GDPR, Art. 5(1)'] }]);
    expect(diff.changed).toEqual([]);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('counts a criterion retired in the published version and restored in the draft as added', () => {
    const published = structuredClone(base);
    published.criteria[3].retired = true;
    expect(catalogDiff(published, base).added).toEqual(['CAPACITY']);
  });

  it('takes the newest published version as the one in force', () => {
    const v = (id: number, status: string, publishedAt: string | null) => ({ id, status, publishedAt });
    expect(currentPublished([v(3, 'DRAFT', null), v(2, 'PUBLISHED', '2025-02-01T00:00:00Z'), v(1, 'PUBLISHED', '2025-01-01T00:00:00Z')])?.id).toBe(2);
  });
});

describe('account rules', () => {
  const account = (id: number, roles: string[], enabled = true) => ({
    id, version: 3, username: `u${id}`, displayName: `U ${id}`, roles, enabled, locked: false,
  });

  it('sends the whole account with the version it is based on', () => {
    expect(changeRequest(account(1, ['ADMIN']), { enabled: false })).toEqual({
      version: 3, username: 'u1', displayName: 'U 1', roles: ['ADMIN'], enabled: false,
    });
  });

  it('lists removed roles', () => {
    expect(removedRoles(['ADMIN', 'LEADERSHIP'], ['LEADERSHIP', 'DESK_OFFICER'])).toEqual(['ADMIN']);
  });

  it('refuses to leave no enabled administrator, and leaves it to the server when the list is incomplete', () => {
    const accounts = [account(1, ['ADMIN']), account(2, ['ADMIN'], false), account(3, ['LEADERSHIP'])];
    expect(leavesNoAdmin(accounts, true, 1, { roles: ['LEADERSHIP'], enabled: true })).toBe(true);
    expect(leavesNoAdmin(accounts, true, 1, { roles: ['ADMIN'], enabled: false })).toBe(true);
    expect(leavesNoAdmin(accounts, false, 1, { roles: ['ADMIN'], enabled: false })).toBeUndefined();
    expect(leavesNoAdmin([...accounts, account(4, ['ADMIN'])], true, 1, { roles: [], enabled: false })).toBe(false);
    expect(leavesNoAdmin(accounts, true, 3, { roles: [], enabled: false })).toBe(false);
  });
});
