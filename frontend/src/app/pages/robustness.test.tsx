import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { mockApi } from '@/testing/mock-api';
import { catalog, history, kenya, listItem, page, profiles, scorecard, view } from '@/testing/fixtures';

const tuvalu = { ...kenya, iso2: 'TV', iso3: 'TUV', numericCode: '798', nameDe: 'Tuvalu', nameEn: 'Tuvalu', region: 'OCEANIA' as const, instrumentCount: 0 };
const leadership = { username: 'leadership', displayName: 'Lea Leitung', roles: ['LEADERSHIP'], permissions: ['READ'] };

describe('a country without instruments', () => {
  it('shows an empty state with a way to record one, also when the server leaves the list out', async () => {
    mockApi({ 'GET /api/countries/TV': { country: tuvalu }, 'GET /api/countries': [kenya, tuvalu] });
    const { user, router } = renderApp('/countries/TV');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tuvalu' })).toBeInTheDocument();
    expect(screen.getByText('Für dieses Land sind noch keine Instrumente erfasst.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Scorecard ansehen' })).not.toBeInTheDocument();
    const create = screen.getByRole('link', { name: 'Instrument für Tuvalu anlegen' });
    expect(create).toHaveAttribute('href', '/agreements/new?country=TV');

    await user.click(create);
    expect(router.state.location.pathname).toBe('/agreements/new');
    await waitFor(() => expect(screen.getByLabelText(/^Partnerland/)).toHaveValue('TV'));
  });

  it('offers no create link to people who may not record instruments', async () => {
    mockApi({ 'GET /api/me': leadership, 'GET /api/countries/TV': { country: tuvalu, instruments: [] } });
    renderApp('/countries/TV');
    expect(await screen.findByText('Für dieses Land sind noch keine Instrumente erfasst.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /anlegen/ })).not.toBeInTheDocument();
  });
});

describe('errors and wrong addresses', () => {
  it('shows a plain error page inside the layout instead of a stack trace when a screen fails', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    // A broken answer makes the screen throw while rendering.
    mockApi({ 'GET /api/countries/XX': { country: null, instruments: [] } });
    renderApp('/countries/XX');
    expect(await screen.findByRole('heading', { level: 1, name: 'Diese Seite konnte nicht angezeigt werden' })).toBeInTheDocument();
    expect(screen.queryByText(/Unexpected Application Error/)).not.toBeInTheDocument();
    expect(screen.queryByText(/TypeError|at .*\.tsx/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Seite neu laden' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeInTheDocument();
    quiet.mockRestore();
  });

  it('answers a wrong address with a not-found page', async () => {
    mockApi({});
    renderApp('/gibt-es-nicht');
    expect(await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zum Dashboard' })).toHaveAttribute('href', '/dashboard');
  });
});

describe('unsaved input', () => {
  it('asks before leaving a form with unsaved input; staying keeps it, leaving goes on', async () => {
    mockApi({ 'GET /api/countries': [kenya], 'GET /api/agreements': page([listItem()]) });
    const { user, router } = renderApp('/agreements/new');
    await user.type(screen.getByLabelText('Titel (deutsch)'), 'Entwurf');
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });

    await user.click(within(nav).getByRole('link', { name: 'Instrumente' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ungespeicherte Eingaben verwerfen?' });
    expect(within(dialog).getByRole('button', { name: 'Auf der Seite bleiben' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Auf der Seite bleiben' }));
    expect(router.state.location.pathname).toBe('/agreements/new');
    expect(screen.getByLabelText('Titel (deutsch)')).toHaveValue('Entwurf');

    await user.click(within(nav).getByRole('link', { name: 'Instrumente' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Seite verlassen und Eingaben verwerfen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/agreements'));
  });

  it('goes to the saved instrument without asking', async () => {
    mockApi({ 'GET /api/countries': [kenya], 'POST /api/agreements': view({ id: 12 }), 'GET /api/agreements/12': view({ id: 12 }), 'GET /api/agreements/12/history': [] });
    const { user, router } = renderApp('/agreements/new');
    await user.type(screen.getByLabelText('Titel (deutsch)'), 'Neu');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/agreements/12'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('lets an untouched form go without asking and warns the browser only while input is unsaved', async () => {
    mockApi({ 'GET /api/countries': [kenya], 'GET /api/agreements': page([listItem()]) });
    const { user, router } = renderApp('/agreements/new');
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(false);
    await user.type(screen.getByLabelText('Titel (deutsch)'), 'x');
    expect(unload()).toBe(true);
    await user.clear(screen.getByLabelText('Titel (deutsch)'));
    expect(unload()).toBe(false);
    await user.click(within(screen.getByRole('navigation', { name: 'Hauptnavigation' })).getByRole('link', { name: 'Instrumente' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/agreements'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('small things', () => {
  it('keeps a filter chosen while the search is still waiting for the pause in typing', async () => {
    const api = mockApi({ 'GET /api/agreements': page([listItem()]), 'GET /api/countries': [kenya] });
    const { user, search } = renderApp('/agreements');
    await screen.findByRole('table');
    await user.type(screen.getByLabelText('Suche'), 'Pflege');
    // Within the 300 ms before the search is written to the URL.
    await user.selectOptions(screen.getByLabelText('Status'), 'In Kraft');
    await waitFor(() => expect(search().get('q')).toBe('Pflege'));
    expect(search().get('status')).toBe('IN_FORCE');
    await waitFor(() => {
      const params = api.last('GET', '/api/agreements')!.url.searchParams;
      expect(params.get('q')).toBe('Pflege');
      expect(params.get('status')).toBe('IN_FORCE');
    });
  });

  it('opens the archive dialog on cancel and gives focus back to the button when it closes', async () => {
    mockApi({ 'GET /api/agreements/7': view({ version: 3 }), 'GET /api/agreements/7/history': [] });
    const { user } = renderApp('/agreements/7');
    const archive = await screen.findByRole('button', { name: 'Archivieren' });
    await user.click(archive);
    const dialog = screen.getByRole('dialog', { name: 'Instrument archivieren?' });
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(archive).toHaveFocus();
  });

  it('ties the rule "at least one title" to every title field', async () => {
    mockApi({ 'GET /api/countries': [kenya] });
    renderApp('/agreements/new');
    for (const label of ['Titel (deutsch)', 'Titel (englisch)', 'Titel (Originalsprache)']) {
      expect(screen.getByLabelText(label)).toHaveAccessibleDescription(/Mindestens einer der drei Titel ist erforderlich\./);
    }
  });

  it('says in the headline why a country is not rated when its only instrument is not in force', async () => {
    mockApi({
      'GET /api/countries/KE/scorecard': scorecard({ score: null, coverage: 0, instruments: [] }),
      'GET /api/countries/KE/scorecard/history': history,
      'GET /api/criteria': catalog,
      'GET /api/profiles': profiles,
    });
    renderApp('/countries/KE/scorecard');
    expect(await screen.findByText('nicht bewertet – kein Instrument in Kraft')).toBeInTheDocument();
    expect(screen.getByText(/Das erfasste Instrument ist nicht in Kraft \(Status: Unterzeichnet\)\./)).toBeInTheDocument();
  });
});

describe('accessibility statement and Leichte Sprache', () => {
  it('are linked from every page, including sign-in, and readable without signing in', async () => {
    mockApi({ 'GET /api/me': () => ({ status: 401, body: { title: 'Unauthorized', status: 401 } }) });
    const { user } = renderApp('/sign-in');
    const footer = screen.getByRole('navigation', { name: 'Informationen zur Anwendung' });
    await user.click(within(footer).getByRole('link', { name: 'Erklärung zur Barrierefreiheit' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Nicht barrierefreie Inhalte' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Schlichtungsstelle/ })).toHaveAttribute('href', 'https://www.schlichtungsstelle-bgg.de');
    await user.click(within(screen.getByRole('navigation', { name: 'Informationen zur Anwendung' })).getByRole('link', { name: 'Leichte Sprache' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Leichte Sprache' })).toBeInTheDocument();
    expect(screen.getByText(/Am Ende bekommt jedes Land eine Zahl von 0 bis 100\./)).toBeInTheDocument();
  });

  it('are in the footer of the signed-in application', async () => {
    mockApi({ 'GET /api/countries': [kenya] });
    renderApp('/countries');
    const footer = await screen.findByRole('navigation', { name: 'Informationen zur Anwendung' });
    expect(within(footer).getByRole('link', { name: 'Erklärung zur Barrierefreiheit' })).toHaveAttribute('href', '/accessibility');
    expect(within(footer).getByRole('link', { name: 'Leichte Sprache' })).toHaveAttribute('href', '/easy-language');
  });
});
