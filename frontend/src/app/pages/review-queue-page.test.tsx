import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { mockApi, problem, type MockRequest } from '@/testing/mock-api';
import { catalog } from '@/testing/fixtures';
import type { components } from '@/types/api';

type Item = components['schemas']['ReviewQueue.Item'];

function review(criterionId: string, overrides: Partial<Item> = {}): Item {
  return {
    agreementId: 7, agreementTitleDe: 'Absichtserklärung Kenia', agreementTitleEn: 'Kenya MoU', countryIso2: 'KE',
    countryNameDe: 'Kenia', countryNameEn: 'Kenya', criterionId, reviewerRole: 'LEADERSHIP', level: 2, notApplicable: false, notApplicableReason: null,
    evidence: { reference: 'Art. 5 Abs. 2', quote: 'Daten werden nur zweckgebunden verarbeitet.', source: 'https://example.org/mou.pdf', asOf: '2025-01-10' },
    confidence: 'HIGH', assessedBy: 'desk.officer2', assessedAt: '2025-02-01T09:00:00Z', submittedBy: 'desk.officer2',
    submittedAt: '2025-02-01T09:30:00Z', version: 4, ...overrides,
  };
}
const queue = (items: Item[]) => ({ content: items, totalSize: items.length, pageable: { number: 0, size: 50 } });

describe('review queue', () => {
  it('lists what awaits the reviewer, with evidence, and approves with the version read', async () => {
    let items = [review('PURPOSE'), review('DP-BASE', { agreementId: 8, version: 1, agreementTitleDe: 'Abkommen Indien', countryIso2: 'IN', countryNameDe: 'Indien' })];
    const api = mockApi({
      'GET /api/reviews': () => ({ body: queue(items) }),
      'GET /api/criteria': catalog,
      'POST /api/agreements/:id/assessments/:criterionId/approve': ({ url }: MockRequest) => {
        items = items.filter((i) => !url.pathname.includes(`/agreements/${i.agreementId}/assessments/${i.criterionId}/`));
        return { body: {} };
      },
    });
    const { user } = renderApp('/reviews');

    const list = await screen.findByRole('list', { name: 'Zur Prüfung eingereichte Bewertungen' });
    const row = within(list).getByRole('listitem', { name: /Zweckbindung/ });
    expect(within(row).getByRole('link', { name: 'Absichtserklärung Kenia' })).toHaveAttribute('href', '/agreements/7/assessment');
    expect(within(row).getByRole('heading', { level: 3 })).toHaveTextContent('Zweckbindung' + 'Kenia – Absichtserklärung Kenia');
    expect(within(row).getByText('Stufe 2')).toBeInTheDocument();
    expect(within(row).getByText('Daten werden nur zweckgebunden verarbeitet.')).toBeInTheDocument();
    expect(within(row).getByText(/Art\. 5 Abs\. 2/)).toBeInTheDocument();
    expect(within(row).getByText('desk.officer2')).toBeInTheDocument();
    expect(screen.getByText('2 Bewertungen warten auf Ihre Prüfung')).toBeInTheDocument();

    const approve = within(row).getByRole('button', { name: /^Freigeben/ });
    await user.click(approve);
    // Approving asks first, opens on "cancel", and Escape/cancel sends nothing and gives focus back.
    let dialog = screen.getByRole('dialog', { name: 'Bewertung freigeben?' });
    expect(dialog).toHaveAccessibleDescription('Kenia – Absichtserklärung Kenia – Zweckbindung: Stufe 2. Nach der Freigabe zählt diese Bewertung in den Scorecards.');
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(approve).toHaveFocus();
    expect(api.last('POST', '/api/agreements/7/assessments/PURPOSE/approve')).toBeUndefined();

    await user.click(approve);
    dialog = screen.getByRole('dialog', { name: 'Bewertung freigeben?' });
    await user.click(within(dialog).getByRole('button', { name: 'Freigeben' }));
    await waitFor(() => expect(api.last('POST', '/api/agreements/7/assessments/PURPOSE/approve')).toBeDefined());
    expect(api.last('POST', '/api/agreements/7/assessments/PURPOSE/approve')!.body).toEqual({ version: 4 });
    expect(await screen.findByRole('status')).toHaveTextContent('Freigegeben: Kenia – Absichtserklärung Kenia – Zweckbindung.');
    await waitFor(() => expect(screen.queryByRole('listitem', { name: /Zweckbindung/ })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Prüfungen (1)' })).toBeInTheDocument();
  });

  it('returns only with a reason, showing the server\'s message at the field', async () => {
    const api = mockApi({
      'GET /api/reviews': queue([review('PURPOSE')]),
      'GET /api/criteria': catalog,
      'POST /api/agreements/7/assessments/PURPOSE/return': ({ body }: MockRequest) => ((body as { comment: string }).comment
        ? { body: {} }
        : problem(400, 'Die Eingaben sind unvollständig.', [{ field: 'comment', message: 'Bitte begründen Sie die Rückgabe.' }])),
    });
    const { user } = renderApp('/reviews');
    const row = await screen.findByRole('listitem', { name: /Zweckbindung/ });
    const toggle = within(row).getByRole('button', { name: /^Zurückgeben/ });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const form = screen.getByRole('form', { name: /Zurückgeben: Kenia/ });
    const comment = within(form).getByLabelText(/Begründung/);
    expect(comment).toHaveFocus();
    await user.click(within(form).getByRole('button', { name: 'Mit Begründung zurückgeben' }));

    await waitFor(() => expect(comment).toHaveAttribute('aria-invalid', 'true'));
    expect(comment).toHaveAccessibleDescription(/Bitte begründen Sie die Rückgabe\./);
    expect(comment).toHaveFocus();
    expect(api.last('POST', '/api/agreements/7/assessments/PURPOSE/return')!.body).toEqual({ comment: '', version: 4 });

    await user.type(comment, 'Fundstelle fehlt.');
    await user.click(within(form).getByRole('button', { name: 'Mit Begründung zurückgeben' }));
    await waitFor(() => expect(api.last('POST', '/api/agreements/7/assessments/PURPOSE/return')!.body).toEqual({ comment: 'Fundstelle fehlt.', version: 4 }));
    expect(await screen.findByRole('status')).toHaveTextContent('Zurückgegeben:');
  });

  it('sends one return per double click while the request runs', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const api = mockApi({
      'GET /api/reviews': queue([review('PURPOSE')]),
      'GET /api/criteria': catalog,
      'POST /api/agreements/7/assessments/PURPOSE/return': async () => { await gate; return { body: {} }; },
    });
    const { user } = renderApp('/reviews');
    const row = await screen.findByRole('listitem', { name: /Zweckbindung/ });
    await user.click(within(row).getByRole('button', { name: /^Zurückgeben/ }));
    const form = screen.getByRole('form', { name: /Zurückgeben: Kenia/ });
    await user.type(within(form).getByLabelText(/Begründung/), 'Fundstelle fehlt.');
    const send = within(form).getByRole('button', { name: 'Mit Begründung zurückgeben' });
    fireEvent.click(send);
    fireEvent.click(send);
    release();
    expect(await screen.findByRole('status')).toHaveTextContent('Zurückgegeben:');
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('explains a version conflict and a refusal in plain words', async () => {
    mockApi({
      'GET /api/reviews': queue([review('PURPOSE'), review('CAPACITY', { version: 2 })]),
      'GET /api/criteria': catalog,
      'POST /api/agreements/7/assessments/PURPOSE/approve': () => problem(409, 'Version 4 ist veraltet.'),
      'POST /api/agreements/7/assessments/CAPACITY/approve': () => ({ status: 403, body: { title: 'Forbidden', status: 403, detail: 'Kapazitätskriterien gibt die Entwicklungszusammenarbeit frei.' } }),
    });
    const { user } = renderApp('/reviews');
    const confirm = async () => user.click(within(screen.getByRole('dialog', { name: 'Bewertung freigeben?' })).getByRole('button', { name: 'Freigeben' }));
    await user.click(within(await screen.findByRole('listitem', { name: /Zweckbindung/ })).getByRole('button', { name: /^Freigeben/ }));
    await confirm();
    expect(await screen.findByText(/Diese Bewertung wurde inzwischen von jemand anderem geändert\./)).toBeInTheDocument();

    await user.click(within(screen.getByRole('listitem', { name: /Kapazitätsaufbau/ })).getByRole('button', { name: /^Freigeben/ }));
    await confirm();
    expect(await screen.findByText(/Kapazitätskriterien gibt die Entwicklungszusammenarbeit frei\./)).toBeInTheDocument();
  });

  it('lists the ratings returned to the author with the reviewer\'s comment and a way to revise each', async () => {
    const api = mockApi({
      'GET /api/criteria': catalog,
      'GET /api/reviews/returned': {
        items: [{
          agreementId: 9, agreementTitleDe: 'Abkommen Marokko', agreementTitleEn: null, countryIso2: 'MA', countryNameDe: 'Marokko',
          countryNameEn: 'Morocco', criterionId: 'PURPOSE', level: 3, notApplicable: false, reviewedBy: 'desk.officer2',
          reviewedAt: '2025-03-04T10:15:00Z', reviewComment: 'Bitte Art. 4 vollständig zitieren.', version: 6,
        }],
        count: 1, page: 0, size: 100,
      },
    });
    renderApp('/reviews');
    const section = await screen.findByRole('region', { name: 'An Sie zurückgegebene Bewertungen' });
    const card = await within(section).findByRole('listitem');
    expect(within(card).getByRole('heading', { name: 'Zweckbindung' })).toBeInTheDocument();
    expect(card).toHaveTextContent('Marokko – Abkommen Marokko');
    expect(card).toHaveTextContent('Zurückgegeben von desk.officer2 am');
    expect(card).toHaveTextContent('Begründung der Prüfung: Bitte Art. 4 vollständig zitieren.');
    expect(within(card).getByRole('link', { name: /^Bewertung überarbeiten/ })).toHaveAttribute('href', '/agreements/9/assessment');
    expect(api.last('GET', '/api/reviews/returned')).toBeDefined();
  });

  it('asks reviewers who do not rate nothing about returned ratings', async () => {
    const api = mockApi({
      'GET /api/me': { username: 'devcoop.reviewer', displayName: 'Eva Prüferin', roles: ['DEVCOOP_REVIEWER'], permissions: ['READ', 'REVIEW_ASSESSMENTS'] },
      'GET /api/criteria': catalog,
    });
    renderApp('/reviews');
    expect(await screen.findByText('Zurzeit wartet keine Bewertung auf Ihre Prüfung.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'An Sie zurückgegebene Bewertungen' })).not.toBeInTheDocument();
    expect(api.last('GET', '/api/reviews/returned')).toBeUndefined();
  });

  it('shows the number of waiting reviews in the navigation, only to reviewers', async () => {
    mockApi({ 'GET /api/reviews': queue([review('PURPOSE'), review('DP-BASE'), review('CAPACITY')]), 'GET /api/countries': [] });
    renderApp('/countries');
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(await within(nav).findByRole('link', { name: 'Prüfungen (3)' })).toHaveAttribute('href', '/reviews');
  });
});
