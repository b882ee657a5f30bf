import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { deskOfficer, mockApi, problem } from '@/testing/mock-api';

const admin = { username: 'admin', displayName: 'Ada Admin', roles: ['ADMIN'], permissions: ['READ', 'EDIT_CATALOGS', 'MANAGE_ACCOUNTS', 'READ_AUDIT'] };
const acc = (id: number, displayName: string, roles: string[], extra = {}) => ({
  id, version: 4, username: displayName.toLowerCase().replace(' ', '.'), displayName, roles, enabled: true, locked: false, lastLoginAt: null, language: 'de', ...extra,
});
const page = (content: unknown[]) => ({ content, totalPages: 1, totalSize: content.length, pageable: { number: 0, size: 50 } });
/** A card's action button: its text and, for screen readers, whose account it acts on. */
const action = (label: string, name: string) => new RegExp(`^${label}\\s*– ${name}$`);
const accounts = [acc(1, 'Ada Admin', ['ADMIN']), acc(2, 'Rita Review', ['DEVCOOP_REVIEWER', 'LEADERSHIP'], { locked: true })];

describe('accounts', () => {
  it('lists accounts with roles and state, and is reached from the navigation', async () => {
    mockApi({ 'GET /api/me': admin, 'GET /api/accounts': page(accounts) });
    const { user } = renderApp('/dashboard');
    await user.click(await screen.findByRole('link', { name: 'Benutzerkonten' }));
    const card = (await screen.findByRole('heading', { name: /Rita Review/ })).closest('li')!;
    expect(card).toHaveTextContent('Prüfung Entwicklungszusammenarbeit, Leitung');
    expect(card).toHaveTextContent('Aktiv');
    expect(card).toHaveTextContent('Anmeldung gesperrt');
    expect(within(card).getByRole('button', { name: action('Sperre aufheben', 'Rita Review') })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: action('Sperre aufheben', 'Ada Admin') })).not.toBeInTheDocument();
  });

  it('shows the server field errors at their fields and in a focused summary', async () => {
    const api = mockApi({
      'GET /api/me': admin, 'GET /api/accounts': page(accounts),
      'POST /api/accounts': () => problem(400, 'Invalid', [{ field: 'password', message: 'Use 12 to 72 characters.' }, { field: 'username', message: 'This user name is taken.' }]),
    });
    const { user } = renderApp('/accounts');
    await user.click(await screen.findByRole('button', { name: '+ Neues Konto' }));
    await user.type(screen.getByLabelText(/Benutzername/), 'ada.admin');
    await user.type(screen.getByLabelText(/Anzeigename/), 'Ada Zwei');
    await user.click(screen.getByLabelText('Leitung'));
    await user.type(screen.getByLabelText(/^Passwort/), 'short');
    await user.selectOptions(screen.getByLabelText('Sprache der E-Mails'), 'Englisch');
    await user.click(screen.getByRole('button', { name: 'Konto anlegen' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: 'Passwort: Use 12 to 72 characters.' })).toBeInTheDocument();
    // In the form's order (user name first), not the server's.
    expect(within(summary).getAllByRole('link').map((l) => l.textContent)).toEqual(['Benutzername: This user name is taken.', 'Passwort: Use 12 to 72 characters.']);
    expect(screen.getByLabelText(/^Passwort/)).toHaveAccessibleDescription(expect.stringContaining('Use 12 to 72 characters.'));
    expect(screen.getByLabelText(/Benutzername/)).toHaveAttribute('aria-invalid', 'true');
    expect(api.last('POST', '/api/accounts')!.body).toEqual({
      username: 'ada.admin', displayName: 'Ada Zwei', roles: ['LEADERSHIP'], password: 'short', enabled: true, language: 'en',
    });
  });

  it('asks before removing roles and sends the version it is based on', async () => {
    const api = mockApi({
      'GET /api/me': admin, 'GET /api/accounts': page(accounts),
      'PUT /api/accounts/:id': { ...accounts[1], roles: ['LEADERSHIP'], version: 5 },
    });
    const { user } = renderApp('/accounts');
    await user.click(await screen.findByRole('button', { name: action('Bearbeiten', 'Rita Review') }));
    const form = screen.getByRole('form', { name: 'Konto von Rita Review bearbeiten' });
    await user.click(within(form).getByLabelText('Prüfung Entwicklungszusammenarbeit'));
    await user.click(within(form).getByRole('button', { name: 'Änderungen speichern' }));

    const dialog = screen.getByRole('dialog', { name: 'Rollen von Rita Review entziehen?' });
    expect(dialog).toHaveTextContent('Prüfung Entwicklungszusammenarbeit');
    expect(api.last('PUT', '/api/accounts/2')).toBeUndefined();
    await user.click(within(dialog).getByRole('button', { name: 'Ja, Rollen entziehen' }));

    await waitFor(() => expect(api.last('PUT', '/api/accounts/2')!.body).toEqual({
      version: 4, username: 'rita.review', displayName: 'Rita Review', roles: ['LEADERSHIP'], enabled: true,
    }));
    expect(await screen.findByText('Die Änderungen am Konto von Rita Review wurden gespeichert.')).toBeInTheDocument();
  });

  it('confirms disabling, says "changed meanwhile" on a conflict, and refuses to disable the last administrator', async () => {
    mockApi({
      'GET /api/me': admin, 'GET /api/accounts': page(accounts),
      'PUT /api/accounts/:id': () => problem(409, 'Someone else changed this account in the meantime.'),
    });
    const { user } = renderApp('/accounts');
    await user.click(await screen.findByRole('button', { name: action('Deaktivieren', 'Ada Admin') }));
    expect(await screen.findByText(/letzte aktive Administrationskonto/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    const toggle = screen.getByRole('button', { name: action('Deaktivieren', 'Rita Review') });
    await user.click(toggle);
    await user.click(within(screen.getByRole('dialog', { name: 'Konto von Rita Review deaktivieren?' })).getByRole('button', { name: 'Abbrechen' }));
    await waitFor(() => expect(toggle).toHaveFocus());
    await user.click(toggle);
    await user.click(within(screen.getByRole('dialog', { name: 'Konto von Rita Review deaktivieren?' })).getByRole('button', { name: 'Ja, deaktivieren' }));
    expect(await screen.findByRole('heading', { name: 'Inzwischen geändert' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Aktuellen Stand laden' })).toBeInTheDocument();
  });

  it('resets a password and lifts a lock', async () => {
    const api = mockApi({
      'GET /api/me': admin, 'GET /api/accounts': page(accounts),
      'PUT /api/accounts/:id': accounts[1], 'DELETE /api/accounts/:id/lock': { status: 204 },
    });
    const { user } = renderApp('/accounts');
    await user.click(await screen.findByRole('button', { name: action('Sperre aufheben', 'Rita Review') }));
    await waitFor(() => expect(api.last('DELETE', '/api/accounts/2/lock')).toBeDefined());
    expect(await screen.findByText('Die Anmeldesperre von Rita Review wurde aufgehoben.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: action('Passwort zurücksetzen', 'Rita Review') }));
    await user.type(screen.getByLabelText(/Neues Passwort/), 'ein langes neues Passwort');
    await user.click(screen.getByRole('button', { name: 'Neues Passwort setzen' }));
    await waitFor(() => expect(api.last('PUT', '/api/accounts/2')!.body).toMatchObject({ version: 4, password: 'ein langes neues Passwort' }));
  });

  it('is for administrators only', async () => {
    mockApi({ 'GET /api/me': deskOfficer });
    renderApp('/accounts');
    expect(await screen.findByText('Für diese Seite fehlt Ihnen die Berechtigung.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Benutzerkonten' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Kriterienkatalog' })).not.toBeInTheDocument();
  });
});
