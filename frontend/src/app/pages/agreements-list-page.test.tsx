import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { mockApi, problem } from '@/testing/mock-api';
import { india, kenya, listItem, page } from '@/testing/fixtures';

describe('agreements list page', () => {
  it('renders the rows the API returns, with results count and detail links', async () => {
    mockApi({
      'GET /api/agreements': page([listItem(), listItem({ id: 2, countryIso2: 'IN', countryNameDe: 'Indien', titleDe: null, titleEn: null, type: null, status: 'NEGOTIATING', dateSigned: null })]),
      'GET /api/countries': [kenya, india],
    });
    renderApp('/agreements');

    const table = await screen.findByRole('table', { name: 'Instrumente der Migrationspartnerschaften' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByRole('link', { name: 'Migrations- und Mobilitätsabkommen Kenia' })).toHaveAttribute('href', '/agreements/1');
    expect(within(rows[1]).getByText('Migrationsabkommen (Vertrag)')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Fachkräftemobilität')).toBeInTheDocument();
    expect(within(rows[2]).getByRole('link', { name: '(ohne Titel)' })).toBeInTheDocument();
    expect(within(rows[2]).getByText('In Verhandlung')).toBeInTheDocument();
    expect(within(rows[2]).getAllByText('unbekannt').length).toBeGreaterThan(0);
    expect(await screen.findByText('2 Instrumente gefunden')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Neues Instrument/ })).toHaveAttribute('href', '/agreements/new');
  });

  it('writes filter changes into the URL and queries the API with them', async () => {
    const api = mockApi({ 'GET /api/agreements': page([listItem()]), 'GET /api/countries': [kenya, india] });
    const { user, search } = renderApp('/agreements?page=3');
    await screen.findByRole('table');

    await user.selectOptions(screen.getByLabelText('Status'), 'In Kraft');
    expect(search().get('status')).toBe('IN_FORCE');
    expect(search().get('page')).toBeNull();

    await user.selectOptions(await screen.findByLabelText('Partnerland'), 'Kenia');
    await user.selectOptions(screen.getByLabelText('Komponenten'), 'Visaerleichterungen');
    await user.click(screen.getByLabelText('Nur archivierte Instrumente anzeigen'));
    await user.type(screen.getByLabelText('Suche'), 'Pflege');

    await waitFor(() => expect(search().get('q')).toBe('Pflege'));
    expect(search().get('country')).toBe('KE');
    expect(search().get('component')).toBe('VISA_FACILITATION');
    expect(search().get('archived')).toBe('true');
    await waitFor(() => {
      const params = api.last('GET', '/api/agreements')!.url.searchParams;
      expect(params.get('q')).toBe('Pflege');
      expect(params.get('status')).toBe('IN_FORCE');
      expect(params.get('country')).toBe('KE');
      expect(params.get('archived')).toBe('true');
      expect(params.get('page')).toBe('0');
    });
  });

  it('restores filters, sort and page from a bookmarked URL', async () => {
    const api = mockApi({ 'GET /api/agreements': page([listItem()], 5), 'GET /api/countries': [kenya] });
    const { user, search } = renderApp('/agreements?type=MOU&sort=dateSigned,desc&page=2&q=Kenia');
    await screen.findByRole('table');

    const params = api.last('GET', '/api/agreements')!.url.searchParams;
    expect(params.get('type')).toBe('MOU');
    expect(params.get('sort')).toBe('dateSigned,desc');
    expect(params.get('page')).toBe('1');
    expect(screen.getByLabelText('Art des Instruments')).toHaveValue('MOU');
    expect(screen.getByLabelText('Suche')).toHaveValue('Kenia');
    expect(screen.getByRole('columnheader', { name: /Unterzeichnet am/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByText('Seite 2 von 5')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Nächste Seite/ }));
    expect(search().get('page')).toBe('3');
    expect(search().get('type')).toBe('MOU');
  });

  it('toggles the sort parameter from the column header', async () => {
    mockApi({ 'GET /api/agreements': page([listItem()]), 'GET /api/countries': [kenya] });
    const { user, search } = renderApp('/agreements');
    await screen.findByRole('table');
    const header = screen.getByRole('columnheader', { name: /^Titel/ });
    expect(header).toHaveAttribute('aria-sort', 'none');

    await user.click(within(header).getByRole('button'));
    expect(search().get('sort')).toBe('title,asc');
    expect(screen.getByRole('columnheader', { name: /^Titel/ })).toHaveAttribute('aria-sort', 'ascending');

    await user.click(within(screen.getByRole('columnheader', { name: /^Titel/ })).getByRole('button'));
    expect(search().get('sort')).toBe('title,desc');
    expect(screen.getByRole('columnheader', { name: /^Titel/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('shows the empty state', async () => {
    mockApi({ 'GET /api/agreements': page([]), 'GET /api/countries': [kenya] });
    renderApp('/agreements?q=nichts');
    expect(await screen.findByText('Keine Instrumente gefunden')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows an error with a retry that loads again', async () => {
    let calls = 0;
    mockApi({
      'GET /api/agreements': () => (++calls === 1 ? problem(500, 'Datenbank nicht erreichbar') : { body: page([listItem()]) }),
      'GET /api/countries': [kenya],
    });
    const { user } = renderApp('/agreements');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Die Daten konnten nicht geladen werden.');
    await user.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));

    expect(await screen.findByRole('link', { name: 'Migrations- und Mobilitätsabkommen Kenia' })).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('names the refused field of a bad address by its label, marks the search field and limits its length', async () => {
    mockApi({
      'GET /api/agreements': () => problem(400, 'Bitte prüfen Sie die markierten Angaben.', [
        { field: 'q', message: 'Höchstens 200 Zeichen' }, { field: 'status', message: 'Diesen Status gibt es nicht' }]),
      'GET /api/countries': [kenya],
    });
    renderApp('/agreements?q=x&status=BOGUS');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Suche: Höchstens 200 Zeichen')).toBeInTheDocument();
    expect(within(alert).getByText('Status: Diesen Status gibt es nicht')).toBeInTheDocument();
    const field = screen.getByLabelText('Suche');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAttribute('maxLength', '200');
  });

  it('offers the first page when the address asks for a page beyond the end', async () => {
    mockApi({ 'GET /api/agreements': { ...page([]), totalSize: 19 }, 'GET /api/countries': [kenya] });
    const { user, search } = renderApp('/agreements?page=999');
    expect(await screen.findByText(/Diese Seite gibt es nicht mehr/)).toBeInTheDocument();
    expect(screen.queryByText('Keine Instrumente gefunden')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Zur ersten Seite' }));
    expect(search().get('page')).toBeNull();
  });
});
