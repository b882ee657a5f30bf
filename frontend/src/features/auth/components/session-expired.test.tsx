import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { deskOfficer, mockApi } from '@/testing/mock-api';
import { kenya, view } from '@/testing/fixtures';

const unauthorised = () => ({ status: 401, body: { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Please sign in.' } });

describe('a session that ends while a form is open', () => {
  it('says why the save failed, keeps the input, signs in again in place and then saves', async () => {
    let session = true;
    const created = view({ id: 42, titleDe: 'Neues Abkommen' });
    const api = mockApi({
      'GET /api/me': () => (session ? { body: deskOfficer } : unauthorised()),
      'GET /api/countries': [kenya],
      'POST /api/agreements': () => (session ? { status: 201, body: created } : unauthorised()),
      'POST /login': () => {
        session = true;
        return { body: { username: 'desk.officer', roles: ['DESK_OFFICER'] } };
      },
      'GET /api/agreements/42': created,
      'GET /api/agreements/42/history': [],
    });
    const { user, router } = renderApp('/agreements/new');
    await user.type(screen.getByLabelText('Titel (deutsch)'), 'Neues Abkommen');
    session = false; // signed out in another tab, or the 8 hours are over

    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Ihre Sitzung ist beendet' });
    expect(dialog).toHaveTextContent('deshalb wurde nicht gespeichert');
    expect(router.state.location.pathname).toBe('/agreements/new');
    expect(screen.getByLabelText('Titel (deutsch)')).toHaveValue('Neues Abkommen');
    expect(within(dialog).getByRole('link', { name: /Anmeldeseite/ })).toHaveAttribute('href', '/sign-in?next=%2Fagreements%2Fnew');

    expect(within(dialog).getByLabelText('Benutzername')).toHaveValue('desk.officer');
    await user.type(within(dialog).getByLabelText('Passwort'), 'demo');
    await user.click(within(dialog).getByRole('button', { name: 'Anmelden' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.getByLabelText('Titel (deutsch)')).toHaveValue('Neues Abkommen');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/agreements/42'));
    expect(api.requests.filter((r) => r.method === 'POST' && r.url.pathname === '/api/agreements')).toHaveLength(2);
  });
});
