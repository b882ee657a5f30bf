import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { mockApi, type MockRequest } from '@/testing/mock-api';
import { assessment, catalog, history, listItem, page, profiles, scorecard, view } from '@/testing/fixtures';

const leadership = { username: 'lead', displayName: 'Lea Leitung', roles: ['LEADERSHIP'], permissions: ['READ'] };
const evidence = { reference: 'Art. 3', quote: 'Personal data shall be protected.', source: 'BGBl. II', asOf: '2024-01-01' };
const rated = (id: string, overrides: Parameters<typeof assessment>[1] = {}) => assessment(id, {
  status: 'ASSESSED', level: 1, evidence, confidence: 'MEDIUM', catalogVersionId: 1, assessedBy: 'referat-m1',
  assessedAt: '2025-01-05T09:00:00Z', version: 4, reviewState: 'DRAFT', ...overrides,
});

function mockAssessments(list: ReturnType<typeof assessment>[], extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/agreements/7': view(),
    'GET /api/criteria': catalog,
    'GET /api/agreements/7/assessments': list,
    'GET /api/agreements': page([listItem({ id: 1, type: 'TREATY' })]),
    ...extra,
  });
}
const withOthers = (...given: ReturnType<typeof assessment>[]) =>
  catalog.criteria.map((c) => given.find((a) => a.criterionId === c.id) ?? assessment(c.id));

describe('four-eyes review on the assessment screen', () => {
  it('submits a draft for review with the version it was read at', async () => {
    const api = mockAssessments(withOthers(rated('DP-BASE')), {
      'POST /api/agreements/7/assessments/:criterion/submit': ({ body }: MockRequest) => ({ body: rated('DP-BASE', { version: (body as { version: number }).version + 1, reviewState: 'SUBMITTED' }) }),
    });
    const { user } = renderApp('/agreements/7/assessment');
    const card = await screen.findByRole('article', { name: /Datenschutz-Grundklausel/ });
    expect(within(card).getByText('Entwurf')).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Zur Prüfung einreichen: Datenschutz-Grundklausel' }));

    await waitFor(() => expect(api.last('POST', '/api/agreements/7/assessments/DP-BASE/submit')).toBeDefined());
    expect(api.last('POST', '/api/agreements/7/assessments/DP-BASE/submit')!.body).toEqual({ version: 4 });
    expect(await within(card).findByText('Die Bewertung von „Datenschutz-Grundklausel“ wurde zur Prüfung eingereicht.')).toBeInTheDocument();
  });

  it('shows “Änderungen angefordert” with the reviewer’s comment and the approved version', async () => {
    mockAssessments(withOthers(rated('PURPOSE', {
      level: 2, reviewState: 'CHANGES_REQUESTED', reviewedBy: 'leitung', reviewedAt: '2025-02-01T10:00:00Z',
      reviewComment: 'Die Fundstelle belegt Stufe 2 nicht.',
      approved: {
        status: 'ASSESSED', level: 1, notApplicable: false, notApplicableReason: null, evidence, confidence: 'MEDIUM', crossReference: null,
        catalogVersionId: 1, assessedBy: 'referat-m1', assessedAt: '2025-01-05T09:00:00Z', approvedBy: 'leitung', approvedAt: '2025-01-06T09:00:00Z',
      },
    })));
    renderApp('/agreements/7/assessment');
    const card = await screen.findByRole('article', { name: /Zweckbindung/ });
    expect(within(card).getByText('Prüfstatus:').parentElement).toHaveTextContent('Prüfstatus: Änderungen angefordert');
    expect(within(card).getByText('Die Fundstelle belegt Stufe 2 nicht.')).toBeInTheDocument();
    expect(within(card).getByText(/^Freigegebene Fassung: Stufe 1 \(von leitung am/)).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: /Zur Prüfung einreichen/ })).toBeInTheDocument();
  });

  it('submits all drafts one after another and reports the server’s reason for a refusal', async () => {
    const api = mockAssessments(withOthers(rated('DP-BASE'), rated('PURPOSE', { version: 2, reviewState: 'CHANGES_REQUESTED' }), rated('CAPACITY', { reviewState: 'SUBMITTED' })), {
      'POST /api/agreements/7/assessments/DP-BASE/submit': {},
      'POST /api/agreements/7/assessments/PURPOSE/submit': () => ({ status: 403, body: { title: 'Forbidden', status: 403, detail: 'Eigene Bewertungen nur einmal einreichen.' } }),
    });
    const { user } = renderApp('/agreements/7/assessment');
    await user.click(await screen.findByRole('button', { name: 'Alle Entwürfe einreichen' }));

    expect(await screen.findByText('1 von 2 Bewertungen eingereicht.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Zweckbindung: Eigene Bewertungen nur einmal einreichen.');
    const posts = api.requests.filter((r) => r.method === 'POST').map((r) => [r.url.pathname, r.body]);
    expect(posts).toEqual([
      ['/api/agreements/7/assessments/DP-BASE/submit', { version: 4 }],
      ['/api/agreements/7/assessments/PURPOSE/submit', { version: 2 }],
    ]);
  });

  it('says “1 von 1 Bewertung” in the singular', async () => {
    mockAssessments(withOthers(rated('DP-BASE')), { 'POST /api/agreements/7/assessments/DP-BASE/submit': {} });
    const { user } = renderApp('/agreements/7/assessment');
    await user.click(await screen.findByRole('button', { name: 'Alle Entwürfe einreichen' }));
    expect(await screen.findByText('1 von 1 Bewertung eingereicht.')).toBeInTheDocument();
  });

  it('separates the criterion’s name from its “Kernkriterium” badge for screen readers', async () => {
    mockAssessments(withOthers());
    renderApp('/agreements/7/assessment');
    expect(await screen.findByRole('heading', { level: 3, name: 'Datenschutz-Grundklausel Kernkriterium' })).toBeInTheDocument();
  });

  it('is read-only for leadership: the rating can be viewed, not changed, saved or submitted', async () => {
    mockAssessments(withOthers(rated('DP-BASE')), { 'GET /api/me': leadership });
    const { user } = renderApp('/agreements/7/assessment');
    const card = await screen.findByRole('article', { name: /Datenschutz-Grundklausel/ });
    expect(within(card).queryByRole('button', { name: /Zur Prüfung einreichen/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Alle Entwürfe einreichen' })).not.toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Bewertung ansehen: Datenschutz-Grundklausel' }));
    const form = within(card).getByRole('form', { name: 'Bewertung ansehen: Datenschutz-Grundklausel' });
    const radios = within(form).getAllByRole('radio');
    expect(radios.length).toBeGreaterThan(0);
    radios.forEach((r) => expect(r).toBeDisabled());
    expect(within(form).getByRole('radio', { name: /Stufe 1/ })).toBeChecked();
    expect(within(form).queryByRole('button', { name: 'Bewertung speichern' })).not.toBeInTheDocument();
  });
});

describe('including drafts in scores', () => {
  it('counts approved ratings only by default and asks for drafts through the URL when switched on', async () => {
    const api = mockApi({
      'GET /api/countries/KE/scorecard': ({ url }: MockRequest) => {
        const drafts = url.searchParams.get('includeDrafts') === 'true';
        const s = scorecard({ includesDrafts: drafts });
        if (drafts) s.criteria[1] = { ...s.criteria[1], status: 'ASSESSED' as never, level: 1, agreementId: 7, gap: false, levelBasis: 'DRAFT' };
        return { body: s };
      },
      'GET /api/countries/KE/scorecard/history': history,
      'GET /api/criteria': catalog,
      'GET /api/profiles': profiles,
    });
    const { user, search } = renderApp('/countries/KE/scorecard');
    const toggle = await screen.findByRole('switch', { name: 'Entwürfe einbeziehen' });
    expect(toggle).not.toBeChecked();
    expect(screen.getByText('Es zählen nur freigegebene Bewertungen.')).toBeInTheDocument();
    expect(api.last('GET', '/api/countries/KE/scorecard')!.url.searchParams.has('includeDrafts')).toBe(false);

    await user.click(toggle);

    expect(search().get('includeDrafts')).toBe('true');
    await waitFor(() => expect(api.last('GET', '/api/countries/KE/scorecard')!.url.searchParams.get('includeDrafts')).toBe('true'));
    expect(await screen.findByText('Enthält noch nicht freigegebene Bewertungen.')).toBeInTheDocument();
    const purpose = await screen.findByRole('row', { name: /Zweckbindung/ });
    expect(await within(purpose).findByText('Entwurf')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Datenschutz-Grundklausel/ })).getByText('freigegeben')).toBeInTheDocument();
  });

  it('sends includeDrafts=true for the dashboard ranking when the URL asks for it', async () => {
    const api = mockApi({ 'GET /api/scorecards': [], 'GET /api/criteria': catalog, 'GET /api/profiles': profiles });
    renderApp('/dashboard?includeDrafts=true');
    expect(await screen.findByRole('switch', { name: 'Entwürfe einbeziehen' })).toBeChecked();
    await waitFor(() => expect(api.last('GET', '/api/scorecards')!.url.searchParams.get('includeDrafts')).toBe('true'));
    expect(screen.getByText('Enthält noch nicht freigegebene Bewertungen.')).toBeInTheDocument();
  });

  it('sends one request per double click on submit, save and submit-all (a second one would get a false 409)', async () => {
    // Each request waits until the test lets it through, as on a slow connection.
    let release: () => void = () => {};
    let gate = new Promise<void>((resolve) => { release = resolve; });
    const hold = () => { gate = new Promise<void>((resolve) => { release = resolve; }); };
    const api = mockAssessments(withOthers(rated('DP-BASE'), rated('PURPOSE', { version: 2 })), {
      'POST /api/agreements/7/assessments/:criterion/submit': async ({ url }: MockRequest) => {
        await gate;
        return { body: rated(url.pathname.split('/')[5], { version: 5, reviewState: 'SUBMITTED' }) };
      },
      'PUT /api/agreements/7/assessments/:criterion': async () => {
        await gate;
        return { body: rated('DP-BASE', { version: 5 }) };
      },
    });
    const { user } = renderApp('/agreements/7/assessment');
    const card = await screen.findByRole('article', { name: /Datenschutz-Grundklausel/ });
    // Two clicks before the mutation's pending state reaches the button (as a fast double click on a busy machine).
    const twice = (button: HTMLElement) => { fireEvent.click(button); fireEvent.click(button); };
    const count = (method: string, path: string) => api.requests.filter((r) => r.method === method && r.url.pathname === path).length;
    twice(within(card).getByRole('button', { name: 'Zur Prüfung einreichen: Datenschutz-Grundklausel' }));
    release();
    expect(await within(card).findByText('Die Bewertung von „Datenschutz-Grundklausel“ wurde zur Prüfung eingereicht.')).toBeInTheDocument();
    expect(count('POST', '/api/agreements/7/assessments/DP-BASE/submit')).toBe(1);

    hold();
    await user.click(within(card).getByRole('button', { name: /Bewertung bearbeiten/ }));
    twice(within(card).getByRole('button', { name: 'Bewertung speichern' }));
    release();
    expect(await within(card).findByText('Die Bewertung von „Datenschutz-Grundklausel“ wurde gespeichert.')).toBeInTheDocument();
    expect(count('PUT', '/api/agreements/7/assessments/DP-BASE')).toBe(1);

    // The stub still lists both as drafts after the refetch, so submit-all sends each exactly once.
    hold();
    twice(screen.getByRole('button', { name: 'Alle Entwürfe einreichen' }));
    release();
    expect(await screen.findByText(/^2 von 2 Bewertung/)).toBeInTheDocument();
    expect(count('POST', '/api/agreements/7/assessments/PURPOSE/submit')).toBe(1);
    expect(count('POST', '/api/agreements/7/assessments/DP-BASE/submit')).toBe(2);
  });
});
