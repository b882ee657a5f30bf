import { screen, waitFor, within } from '@testing-library/react';
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

    const table = await screen.findByRole('table', { name: 'Zur Prüfung eingereichte Bewertungen' });
    const row = within(table).getByRole('row', { name: /Zweckbindung/ });
    expect(within(row).getByRole('link', { name: 'Absichtserklärung Kenia' })).toHaveAttribute('href', '/agreements/7/assessment');
    expect(within(row).getByText('Kenia')).toBeInTheDocument();
    expect(within(row).getByText('Stufe 2')).toBeInTheDocument();
    expect(within(row).getByText('Daten werden nur zweckgebunden verarbeitet.')).toBeInTheDocument();
    expect(within(row).getByText(/Art\. 5 Abs\. 2/)).toBeInTheDocument();
    expect(within(row).getByText('desk.officer2')).toBeInTheDocument();
    expect(screen.getByText('2 Bewertungen warten auf Ihre Prüfung')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: /^Freigeben/ }));

    await waitFor(() => expect(api.last('POST', '/api/agreements/7/assessments/PURPOSE/approve')).toBeDefined());
    expect(api.last('POST', '/api/agreements/7/assessments/PURPOSE/approve')!.body).toEqual({ version: 4 });
    expect(await screen.findByRole('status')).toHaveTextContent('Freigegeben: Kenia – Absichtserklärung Kenia – Zweckbindung.');
    await waitFor(() => expect(screen.queryByRole('row', { name: /Zweckbindung/ })).not.toBeInTheDocument());
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
    const row = await screen.findByRole('row', { name: /Zweckbindung/ });
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

  it('explains a version conflict and a refusal in plain words', async () => {
    mockApi({
      'GET /api/reviews': queue([review('PURPOSE'), review('CAPACITY', { version: 2 })]),
      'GET /api/criteria': catalog,
      'POST /api/agreements/7/assessments/PURPOSE/approve': () => problem(409, 'Version 4 ist veraltet.'),
      'POST /api/agreements/7/assessments/CAPACITY/approve': () => ({ status: 403, body: { title: 'Forbidden', status: 403, detail: 'Kapazitätskriterien gibt die Entwicklungszusammenarbeit frei.' } }),
    });
    const { user } = renderApp('/reviews');
    await user.click(within(await screen.findByRole('row', { name: /Zweckbindung/ })).getByRole('button', { name: /^Freigeben/ }));
    expect(await screen.findByText(/Diese Bewertung wurde inzwischen von jemand anderem geändert\./)).toBeInTheDocument();

    await user.click(within(screen.getByRole('row', { name: /Kapazitätsaufbau/ })).getByRole('button', { name: /^Freigeben/ }));
    expect(await screen.findByText(/Kapazitätskriterien gibt die Entwicklungszusammenarbeit frei\./)).toBeInTheDocument();
  });

  it('shows the number of waiting reviews in the navigation, only to reviewers', async () => {
    mockApi({ 'GET /api/reviews': queue([review('PURPOSE'), review('DP-BASE'), review('CAPACITY')]), 'GET /api/countries': [] });
    renderApp('/countries');
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(await within(nav).findByRole('link', { name: 'Prüfungen (3)' })).toHaveAttribute('href', '/reviews');
  });
});
