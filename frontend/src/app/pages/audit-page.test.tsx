import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { deskOfficer, mockApi } from '@/testing/mock-api';

const admin = { username: 'admin', displayName: 'Ada Admin', roles: ['ADMIN'], permissions: ['READ', 'EDIT_CATALOGS', 'MANAGE_ACCOUNTS', 'READ_AUDIT'] };
const entry = {
  id: 1, occurredAt: '2025-02-01T09:30:00Z', actor: 'desk.officer', action: 'UPDATE', entityType: 'agreement', entityId: '7',
  changes: { status: { old: 'SIGNED', value: 'IN_FORCE' }, components: { old: [], value: ['SKILLED_LABOUR'] } },
};

describe('audit log', () => {
  it('filters through the URL, pages and shows changes from old to new', async () => {
    const api = mockApi({
      'GET /api/me': admin,
      // As the server answers: a total, no page count.
      'GET /api/audit': { content: [entry], totalSize: 158, pageable: { number: 0, size: 50 } },
    });
    const { user, search } = renderApp('/audit?actor=desk.officer&page=2');

    const table = await screen.findByRole('table', { name: 'Änderungsprotokoll' });
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveTextContent('Geändert');
    expect(row).toHaveTextContent('Instrument 7');
    expect(within(row).getByText('Unterzeichnet').closest('del')).not.toBeNull();
    expect(within(row).getByText('In Kraft').closest('ins')).not.toBeNull();
    expect(row).toHaveTextContent('Status:');
    expect(row).toHaveTextContent('Komponenten:');
    expect(row).not.toHaveTextContent(/SIGNED|IN_FORCE|SKILLED_LABOUR/);
    expect(screen.getByText('158 Einträge')).toBeInTheDocument();
    expect(screen.getByText('Seite 2 von 4')).toBeInTheDocument();
    expect(screen.getByLabelText('Benutzer')).toHaveValue('desk.officer');
    let params = api.last('GET', '/api/audit')!.url.searchParams;
    expect(params.get('actor')).toBe('desk.officer');
    expect(params.get('page')).toBe('1');

    await user.selectOptions(screen.getByLabelText('Objektart'), 'Instrument');
    await user.type(screen.getByLabelText('Objekt-ID'), '7');
    await user.type(screen.getByLabelText('Von (Datum)'), '2025-01-01');
    await user.click(screen.getByRole('button', { name: 'Filtern' }));

    expect(search().get('entity')).toBe('agreement');
    expect(search().get('entityId')).toBe('7');
    expect(search().get('from')).toBe('2025-01-01');
    expect(search().get('page')).toBeNull();
    await waitFor(() => {
      params = api.last('GET', '/api/audit')!.url.searchParams;
      expect(params.get('entity')).toBe('agreement');
      expect(params.get('from')).toBe('2025-01-01');
      expect(params.get('page')).toBe('0');
    });

    await user.click(screen.getByRole('button', { name: /Nächste Seite/ }));
    expect(search().get('page')).toBe('2');
    expect(search().get('entity')).toBe('agreement');
  });

  it('is for administrators only', async () => {
    mockApi({ 'GET /api/me': deskOfficer });
    renderApp('/audit');
    expect(await screen.findByText('Für diese Seite fehlt Ihnen die Berechtigung.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Protokoll' })).not.toBeInTheDocument();
  });
});
