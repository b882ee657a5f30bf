import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { mockApi } from '@/testing/mock-api';
import { view } from '@/testing/fixtures';

const history = [
  { id: 1, occurredAt: '2025-01-01T10:00:00Z', actor: 'mueller', action: 'CREATE', entityType: 'Agreement', entityId: '7', changes: {} },
  {
    id: 2, occurredAt: '2025-01-02T10:00:00Z', actor: 'schmidt', action: 'UPDATE', entityType: 'Agreement', entityId: '7',
    changes: { status: { old: 'NEGOTIATING', value: 'SIGNED' } },
  },
];

function term(label: string) {
  const dt = screen.getAllByRole('term').find((el) => el.textContent === label);
  if (!dt) throw new Error(`no term ${label}`);
  return dt.nextElementSibling as HTMLElement;
}

describe('agreement detail page', () => {
  it('shows labelled fields, "unbekannt" for unknown values, sources and history', async () => {
    mockApi({ 'GET /api/agreements/7': view({ textPublic: null }), 'GET /api/agreements/7/history': history });
    renderApp('/agreements/7');

    expect(await screen.findByRole('heading', { level: 1, name: 'Absichtserklärung Kenia' })).toBeInTheDocument();
    expect(document.title).toBe('Absichtserklärung Kenia – Partnerschaftsmonitor');
    expect(term('Art des Instruments')).toHaveTextContent('Gemeinsame Absichtserklärung / MoU');
    expect(term('Text veröffentlicht')).toHaveTextContent('unbekannt');
    expect(term('In Kraft seit')).toHaveTextContent('unbekannt');
    expect(term('Federführendes Ressort')).toHaveTextContent('unbekannt');
    expect(term('Beteiligte Ressorts')).toHaveTextContent('BMI, AA');
    expect(term('Partnerland')).toHaveTextContent('Kenia');

    const source = screen.getByRole('link', { name: /Pressemitteilung BMI/ });
    expect(source).toHaveAttribute('href', 'https://www.bmi.bund.de/kenia');
    expect(source).toHaveAttribute('target', '_blank');
    expect(source.getAttribute('rel')).toContain('noopener');
    expect(source.getAttribute('rel')).toContain('external');

    const historyTable = await screen.findByRole('table', { name: 'Änderungsverlauf des Instruments' });
    const row = within(historyTable).getByRole('row', { name: /schmidt/ });
    expect(row).toHaveTextContent('Geändert');
    expect(row).toHaveTextContent('Status:');
    expect(row).toHaveTextContent('In Verhandlung');
    expect(row).toHaveTextContent('Unterzeichnet');
    expect(row).not.toHaveTextContent(/NEGOTIATING|SIGNED/);
    expect(screen.getByRole('link', { name: 'Bearbeiten' })).toHaveAttribute('href', '/agreements/7/edit');
  });

  it('tells "no" apart from unknown', async () => {
    mockApi({ 'GET /api/agreements/7': view({ textPublic: false }), 'GET /api/agreements/7/history': [] });
    renderApp('/agreements/7');
    await screen.findByRole('heading', { level: 1, name: 'Absichtserklärung Kenia' });
    expect(term('Text veröffentlicht')).toHaveTextContent('Nein');
  });

  it('archives after confirmation and restores from the banner', async () => {
    let archived = false;
    const api = mockApi({
      'GET /api/agreements/7': () => ({ body: view({ archived, version: archived ? 4 : 3 }) }),
      'GET /api/agreements/7/history': [],
      'DELETE /api/agreements/7': () => {
        archived = true;
        return { status: 204 };
      },
      'POST /api/agreements/7/restore': () => {
        archived = false;
        return { body: view({ version: 5 }) };
      },
    });
    const { user } = renderApp('/agreements/7');
    await user.click(await screen.findByRole('button', { name: 'Archivieren' }));

    const dialog = screen.getByRole('dialog', { name: 'Instrument archivieren?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ja, archivieren' }));

    await waitFor(() => expect(api.last('DELETE', '/api/agreements/7')?.url.searchParams.get('version')).toBe('3'));
    expect(await screen.findByText(/Dieses Instrument ist archiviert/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Bearbeiten' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Wiederherstellen' }));
    await waitFor(() => expect(api.last('POST', '/api/agreements/7/restore')?.url.searchParams.get('version')).toBe('4'));
    await waitFor(() => expect(screen.queryByText(/Dieses Instrument ist archiviert/)).not.toBeInTheDocument());
  });

  it('shows "not found" for a non-numeric id without asking the server, also in the tab title', async () => {
    const api = mockApi({});
    renderApp('/agreements/abc');
    expect(await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Seite nicht gefunden – Partnerschaftsmonitor'));
    expect(api.requests.filter((r) => r.url.pathname.startsWith('/api/agreements'))).toEqual([]);
  });

  it('does not name a document of another instrument in the tab title', async () => {
    mockApi({ 'GET /api/documents/7': { document: { id: 7, agreementId: 2, kind: 'SIGNED_TEXT', language: 'de', title: 'Fremdes Dokument', fileName: null }, units: [] } });
    renderApp('/instruments/1/documents/7');
    expect(await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Seite nicht gefunden – Partnerschaftsmonitor'));
  });

  it('offers leadership, who cannot edit, to view the assessments rather than to rate', async () => {
    mockApi({
      'GET /api/me': { username: 'lead', displayName: 'Lea Leitung', roles: ['LEADERSHIP'], permissions: ['READ'] },
      'GET /api/agreements/7': view(), 'GET /api/agreements/7/history': [],
    });
    renderApp('/agreements/7');
    expect(await screen.findByRole('link', { name: 'Bewertungen ansehen' })).toHaveAttribute('href', '/agreements/7/assessment');
    expect(screen.queryByRole('link', { name: 'Digitalklauseln bewerten' })).not.toBeInTheDocument();
  });

  it('shows "not found" for an unknown instrument', async () => {
    mockApi({});
    renderApp('/agreements/999');
    expect(await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeInTheDocument();
  });
});
