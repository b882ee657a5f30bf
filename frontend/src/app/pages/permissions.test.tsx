import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { mockApi } from '@/testing/mock-api';
import { kenya, listItem, page, view } from '@/testing/fixtures';

const leadership = { username: 'leadership', displayName: 'Lea Leitung', roles: ['LEADERSHIP'], permissions: ['READ'] };

describe('permissions', () => {
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('hides editing from leadership, which may only read', async () => {
    mockApi({
      'GET /api/me': leadership,
      'GET /api/agreements': page([listItem()]),
      'GET /api/countries': [kenya],
      'GET /api/agreements/1': view({ id: 1 }),
      'GET /api/agreements/1/history': [],
    });
    const { user } = renderApp('/agreements');
    await screen.findByRole('link', { name: 'Migrations- und Mobilitätsabkommen Kenia' });
    expect(await screen.findByText('Lea Leitung')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Neues Instrument/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Prüfungen/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Protokoll' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Migrations- und Mobilitätsabkommen Kenia' }));
    await screen.findByRole('heading', { level: 1, name: 'Absichtserklärung Kenia' });
    expect(screen.queryByRole('link', { name: 'Bearbeiten' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Archivieren' })).not.toBeInTheDocument();
  });

  it('shows editing to desk officers', async () => {
    mockApi({ 'GET /api/agreements/7': view({ id: 7 }), 'GET /api/agreements/7/history': [] });
    renderApp('/agreements/7');
    expect(await screen.findByRole('link', { name: 'Bearbeiten' })).toHaveAttribute('href', '/agreements/7/edit');
    expect(screen.getByRole('button', { name: 'Archivieren' })).toBeInTheDocument();
  });

  it('refuses the new-instrument form to leadership', async () => {
    mockApi({ 'GET /api/me': leadership, 'GET /api/countries': [kenya] });
    renderApp('/agreements/new');
    expect(await screen.findByText('Für diese Seite fehlt Ihnen die Berechtigung.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Speichern' })).not.toBeInTheDocument();
  });

  it('echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN on writes, not on reads', async () => {
    document.cookie = 'XSRF-TOKEN=tok%2Den-123; path=/';
    const api = mockApi({
      'GET /api/agreements/7': view({ id: 7 }),
      'GET /api/agreements/7/history': [],
      'DELETE /api/agreements/7': () => ({ status: 204 }),
    });
    const { user } = renderApp('/agreements/7');
    await user.click(await screen.findByRole('button', { name: 'Archivieren' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ja, archivieren' }));

    await waitFor(() => expect(api.last('DELETE', '/api/agreements/7')).toBeDefined());
    expect(api.last('DELETE', '/api/agreements/7')!.headers.get('X-XSRF-TOKEN')).toBe('tok-en-123');
    expect(api.last('GET', '/api/agreements/7')!.headers.get('X-XSRF-TOKEN')).toBeNull();
  });
});
