import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { mockApi, problem } from '@/testing/mock-api';
import { kenya, view } from '@/testing/fixtures';

describe('agreement form pages', () => {
  it('shows server field errors inline and in a focused summary that links to the fields', async () => {
    const api = mockApi({
      'GET /api/countries': [kenya],
      'POST /api/agreements': () => problem(400, 'Die Eingaben sind unvollständig.', [
        { field: 'countryIso2', message: 'Partnerland fehlt.' },
        { field: 'sources[0].url', message: 'Adresse muss mit https:// beginnen.' },
      ]),
    });
    const { user } = renderApp('/agreements/new');
    expect(screen.getByRole('heading', { level: 1, name: 'Neues Instrument anlegen' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Titel (deutsch)'), 'Neues Abkommen');
    await user.selectOptions(screen.getByLabelText(/^Status/), 'Geplant');
    await user.click(screen.getByRole('checkbox', { name: 'Visaerleichterungen' }));
    await user.click(screen.getByRole('button', { name: /Quelle hinzufügen/ }));
    await user.type(screen.getByLabelText(/Adresse \(URL\)/), 'ftp://x');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Es gibt ein Problem');
    await waitFor(() => expect(summary).toHaveFocus());
    const countryLink = within(summary).getByRole('link', { name: 'Partnerland: Partnerland fehlt.' });
    expect(countryLink).toHaveAttribute('href', '#f-countryIso2');
    expect(within(summary).getByRole('link', { name: /Quelle 1 – Adresse \(URL\): Adresse muss mit https:\/\/ beginnen./ }))
      .toHaveAttribute('href', '#f-sources-0-url');

    const country = screen.getByLabelText(/^Partnerland/);
    expect(country).toHaveAttribute('aria-invalid', 'true');
    expect(country).toHaveAccessibleDescription(/Partnerland fehlt\./);
    const url = screen.getByLabelText(/Adresse \(URL\)/);
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription(/Adresse muss mit https:\/\/ beginnen\./);
    expect(screen.getByLabelText('Titel (deutsch)')).not.toHaveAttribute('aria-invalid');

    await user.click(countryLink);
    expect(country).toHaveFocus();

    const sent = api.last('POST', '/api/agreements')!.body as Record<string, unknown>;
    expect(sent).toMatchObject({
      titleDe: 'Neues Abkommen', status: 'PLANNED', partyLevel: 'DE_BILATERAL', components: ['VISA_FACILITATION'],
      titleEn: null, textPublic: null, sources: [{ url: 'ftp://x', title: null, field: null, accessedOn: null }],
    });
  });

  it('offers the planned date only while planned or in negotiation and sends none once the status moves on', async () => {
    const api = mockApi({
      'GET /api/countries': [kenya],
      'POST /api/agreements': () => problem(400, 'Die Eingaben sind unvollständig.', [{ field: 'countryIso2', message: 'Partnerland fehlt.' }]),
    });
    const { user } = renderApp('/agreements/new');
    await user.type(screen.getByLabelText('Titel (deutsch)'), 'Abkommen in Verhandlung');
    expect(screen.queryByLabelText('Geplanter Abschluss')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(/^Status/), 'In Verhandlung');
    const planned = screen.getByLabelText('Geplanter Abschluss');
    expect(planned).toHaveAccessibleDescription(/Nur solange es geplant oder in Verhandlung ist/);
    await user.type(planned, '2027-06-30');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await screen.findByRole('alert');
    expect(api.last('POST', '/api/agreements')!.body).toMatchObject({ status: 'NEGOTIATING', plannedDate: '2027-06-30' });

    await user.selectOptions(screen.getByLabelText(/^Status/), 'Unterzeichnet');
    expect(screen.queryByLabelText('Geplanter Abschluss')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(2));
    expect(api.last('POST', '/api/agreements')!.body).toMatchObject({ status: 'SIGNED', plannedDate: null });
  });

  it('creates an instrument and opens its detail page', async () => {
    const created = view({ id: 42, titleDe: 'Neues Abkommen' });
    mockApi({
      'GET /api/countries': [kenya],
      'POST /api/agreements': () => ({ status: 201, body: created }),
      'GET /api/agreements/42': created,
      'GET /api/agreements/42/history': [],
    });
    const { user, router } = renderApp('/agreements/new');
    const country = screen.getByLabelText(/^Partnerland/);
    await within(country).findByRole('option', { name: 'Kenia' });
    await user.selectOptions(country, 'Kenia');
    await user.type(screen.getByLabelText('Titel (deutsch)'), 'Neues Abkommen');
    await user.selectOptions(screen.getByLabelText(/^Status/), 'Unterzeichnet');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/agreements/42'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Neues Abkommen' })).toBeInTheDocument();
  });

  it('sends a status not chosen as missing (null), so the server asks to choose one', async () => {
    const api = mockApi({
      'GET /api/countries': [kenya],
      'POST /api/agreements': () => problem(400, 'Bitte prüfen Sie die markierten Angaben.', [{ field: 'status', message: 'Wählen Sie den Status.' }]),
    });
    const { user } = renderApp('/agreements/new');
    await user.type(screen.getByLabelText('Titel (deutsch)'), 'Neues Abkommen');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByLabelText(/^Status/)).toHaveAccessibleDescription(/Wählen Sie den Status\./);
    expect((api.last('POST', '/api/agreements')!.body as Record<string, unknown>).status).toBeNull();
  });

  it('refuses a predecessor number that is not a whole number without sending it', async () => {
    const api = mockApi({ 'GET /api/countries': [kenya], 'POST /api/agreements': () => view });
    const { user } = renderApp('/agreements/new');
    await user.type(screen.getByLabelText('Titel (deutsch)'), 'Neues Abkommen');
    await user.type(screen.getByLabelText(/^Vorgängerinstrument \(ID\)/), '1.5');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(screen.getByLabelText(/^Vorgängerinstrument \(ID\)/)).toHaveAccessibleDescription(/als ganze Zahl/));
    expect(api.last('POST', '/api/agreements')).toBeUndefined();
  });

  it('lists the errors in the summary in the order of the form’s fields, not the server’s', async () => {
    mockApi({
      'GET /api/countries': [kenya],
      'POST /api/agreements': () => problem(400, 'Bitte prüfen Sie die markierten Angaben.', [
        { field: 'status', message: 'Wählen Sie den Status.' },
        { field: 'titleDe', message: 'Geben Sie einen Titel an.' },
        { field: 'countryIso2', message: 'Wählen Sie das Partnerland.' },
      ]),
    });
    const { user } = renderApp('/agreements/new');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    const summary = await screen.findByRole('alert', { name: 'Es gibt ein Problem' });
    expect(within(summary).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['#f-countryIso2', '#f-titleDe', '#f-status']);
  });

  it('on a version conflict explains it and reloads the current version on request', async () => {
    let version = 3;
    const api = mockApi({
      'GET /api/countries': [kenya],
      'GET /api/agreements/7': () => ({ body: view({ version, titleDe: version === 3 ? 'Alter Titel' : 'Titel von jemand anderem' }) }),
      'PUT /api/agreements/7': () => {
        version = 4;
        return problem(409, 'Version 3 ist veraltet.');
      },
    });
    const { user } = renderApp('/agreements/7/edit');

    const title = await screen.findByLabelText('Titel (deutsch)');
    expect(title).toHaveValue('Alter Titel');
    await user.clear(title);
    await user.type(title, 'Mein Titel');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dieses Instrument wurde inzwischen von jemand anderem geändert.');
    expect(alert).toHaveTextContent(/ungespeicherten Eingaben in diesem Formular ersetzt/);
    expect(within(alert).getByRole('link', { name: /Aktuelle Fassung ansehen/ })).toHaveAttribute('target', '_blank');
    expect((api.last('PUT', '/api/agreements/7')!.body as { version: number }).version).toBe(3);
    // Nothing is replaced until the user asks for it.
    expect(screen.getByLabelText('Titel (deutsch)')).toHaveValue('Mein Titel');

    await user.click(within(alert).getByRole('button', { name: /Aktuelle Fassung laden/ }));

    await waitFor(() => expect(screen.getByLabelText('Titel (deutsch)')).toHaveValue('Titel von jemand anderem'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('Die aktuelle Fassung wurde geladen.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect((api.last('PUT', '/api/agreements/7')!.body as { version: number }).version).toBe(4));
  });
});
