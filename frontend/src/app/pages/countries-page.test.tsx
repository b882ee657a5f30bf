import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { mockApi } from '@/testing/mock-api';
import { india, kenya, listItem } from '@/testing/fixtures';

describe('countries pages', () => {
  it('lists countries with instruments by default and puts filters into the URL', async () => {
    const api = mockApi({ 'GET /api/countries': [kenya, india] });
    const { user, search } = renderApp('/countries');

    const table = await screen.findByRole('table', { name: 'Länder und Anzahl der erfassten Instrumente' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]).getByRole('link', { name: 'Indien' })).toHaveAttribute('href', '/countries/IN');
    expect(within(rows[2]).getByRole('link', { name: 'Kenia' })).toBeInTheDocument();
    expect(api.last('GET', '/api/countries')!.url.searchParams.get('withInstruments')).toBe('true');
    expect(screen.getByLabelText('Nur Länder mit Instrumenten')).toBeChecked();

    await user.click(screen.getByLabelText('Nur Länder mit Instrumenten'));
    await user.selectOptions(screen.getByLabelText('Region'), 'Afrika');
    expect(search().get('withInstruments')).toBe('false');
    expect(search().get('region')).toBe('AFRICA');
    await waitFor(() => {
      const params = api.last('GET', '/api/countries')!.url.searchParams;
      expect(params.get('withInstruments')).toBeNull();
      expect(params.get('region')).toBe('AFRICA');
    });
  });

  it('shows a country with its instruments', async () => {
    mockApi({ 'GET /api/countries/KE': { country: kenya, instruments: [listItem({ id: 3 })] } });
    renderApp('/countries/KE');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kenia' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Migrations- und Mobilitätsabkommen Kenia' })).toHaveAttribute('href', '/agreements/3');
    expect(screen.getByRole('link', { name: 'In der Instrumentenliste filtern' })).toHaveAttribute('href', '/agreements?country=KE');
  });
});
