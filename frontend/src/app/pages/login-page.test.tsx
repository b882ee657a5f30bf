import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { deskOfficer, mockApi, problem } from '@/testing/mock-api';
import { kenya, listItem, page } from '@/testing/fixtures';

const unauthorised = () => ({ status: 401, body: { type: 'about:blank', title: 'Unauthorized', status: 401 } });

describe('sign-in', () => {
  it('sends a visitor without a session to the sign-in page, remembering the page asked for', async () => {
    mockApi({ 'GET /api/me': unauthorised, 'GET /api/agreements': unauthorised, 'GET /api/countries': unauthorised });
    const { router } = renderApp('/agreements?status=IN_FORCE');

    expect(await screen.findByRole('heading', { level: 1, name: 'Anmelden' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/agreements?status=IN_FORCE');
  });

  it('signs in and returns to the page that was asked for, showing who is signed in', async () => {
    let signedIn = false;
    const api = mockApi({
      'POST /login': () => {
        signedIn = true;
        return { body: { username: 'desk.officer', roles: ['DESK_OFFICER'] } };
      },
      'GET /api/me': () => (signedIn ? { body: deskOfficer } : unauthorised()),
      'GET /api/agreements': page([listItem()]),
      'GET /api/countries': [kenya],
    });
    const { user, router } = renderApp('/sign-in?next=%2Fagreements%3Fstatus%3DIN_FORCE');

    const name = screen.getByLabelText('Benutzername');
    expect(name).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Passwort')).toHaveAttribute('autocomplete', 'current-password');
    await user.type(name, 'desk.officer');
    await user.type(screen.getByLabelText('Passwort'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/agreements'));
    expect(router.state.location.search).toBe('?status=IN_FORCE');
    expect(api.last('POST', '/login')!.body).toEqual({ username: 'desk.officer', password: 'demo' });
    // A cookie session: the browser never asks for (or gets) a token it would have to keep where scripts read it.
    expect(api.last('POST', '/login')!.url.searchParams.get('session')).toBe('cookie');
    expect(await screen.findByText('Dana Beispiel')).toBeInTheDocument();
    expect(screen.getByText(/Fachreferat/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Abmelden' })).toBeInTheDocument();
  });

  it('never follows a "next" that leaves the application', async () => {
    mockApi({ 'POST /login': { username: 'x', roles: [] } });
    const { user, router } = renderApp('/sign-in?next=%2F%2Fevil.example');
    await user.type(screen.getByLabelText('Benutzername'), 'desk.officer');
    await user.type(screen.getByLabelText('Passwort'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard'));
  });

  it('says plainly that the user name or password is wrong and moves focus to the message', async () => {
    mockApi({ 'POST /login': () => problem(401, 'The user name or password is not correct.') });
    const { user, router } = renderApp('/sign-in');

    await user.type(screen.getByLabelText('Benutzername'), 'desk.officer');
    await user.type(screen.getByLabelText('Passwort'), 'falsch');
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Benutzername oder Passwort ist falsch.');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(screen.getByLabelText('Passwort')).toHaveValue('');
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('clears the old “wrong password” message when the next attempt only lacks input', async () => {
    mockApi({ 'POST /login': () => problem(401, 'The user name or password is not correct.') });
    const { user } = renderApp('/sign-in');
    await user.type(screen.getByLabelText('Benutzername'), 'desk.officer');
    await user.type(screen.getByLabelText('Passwort'), 'falsch');
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Benutzername oder Passwort ist falsch.');

    await user.clear(screen.getByLabelText('Benutzername'));
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));
    expect(screen.getByLabelText('Benutzername')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('Benutzername oder Passwort ist falsch.')).not.toBeInTheDocument();
  });

  it('explains a lockout', async () => {
    mockApi({ 'POST /login': () => problem(429, 'Too many failed sign-ins. Try again in 15 minutes.') });
    const { user } = renderApp('/sign-in');
    await user.type(screen.getByLabelText('Benutzername'), 'desk.officer');
    await user.type(screen.getByLabelText('Passwort'), 'falsch');
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Zu viele fehlgeschlagene Anmeldeversuche.');
  });

  it('asks for missing fields without calling the server', async () => {
    const api = mockApi({});
    const { user } = renderApp('/sign-in');
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));
    const name = screen.getByLabelText('Benutzername');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Bitte geben Sie Ihren Benutzernamen ein.');
    expect(name).toHaveFocus();
    expect(api.last('POST', '/login')).toBeUndefined();
  });

  it('signs out and clears the session', async () => {
    const api = mockApi({ 'POST /logout': () => ({ status: 204 }), 'GET /api/agreements': page([]), 'GET /api/countries': [kenya] });
    const { user, router } = renderApp('/agreements');
    await user.click(await screen.findByRole('button', { name: 'Abmelden' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(api.last('POST', '/logout')).toBeDefined();
  });
});
