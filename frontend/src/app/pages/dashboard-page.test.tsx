import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { mockApi } from '@/testing/mock-api';
import { catalog, profiles, rankingEntry, scorecard, history } from '@/testing/fixtures';

const ranking = [
  rankingEntry(),
  rankingEntry({ rank: 0, iso2: 'IN', numericCode: '356', nameDe: 'Indien', nameEn: 'India', region: 'ASIA', score: null, coverage: 0, redFlagCount: 0,
    coreLevels: { 'DP-BASE': null, PURPOSE: null, 'INDEP-OVERSIGHT': null, CAPACITY: null }, instrumentCount: 1 }),
];

describe('dashboard', () => {
  it('is the start page and ranks countries, showing "nicht bewertet" (never 0) for a null score', async () => {
    mockApi({ 'GET /api/scorecards': ranking, 'GET /api/criteria': catalog, 'GET /api/profiles': profiles });
    const { router } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Lagebild Digitalklauseln' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/dashboard');
    const table = await screen.findByRole('table', { name: 'Rangliste der Partnerländer nach Bewertung' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);

    const kenya = within(table).getByRole('row', { name: /Kenia/ });
    const kenyaCells = within(kenya).getAllByRole('cell');
    expect(kenyaCells[0]).toHaveTextContent('1');
    expect(kenyaCells[1]).toHaveTextContent('42');
    expect(kenyaCells[2]).toHaveTextContent('50 %');
    // Core criteria columns: DP-BASE 2, PURPOSE 1, INDEP-OVERSIGHT unknown, CAPACITY 3.
    expect(kenyaCells[4]).toHaveTextContent('2');
    expect(kenyaCells[6]).toHaveTextContent('nicht bewertet');
    expect(kenyaCells[7]).toHaveTextContent('3');

    const india = within(table).getByRole('row', { name: /Indien/ });
    const indiaCells = within(india).getAllByRole('cell');
    expect(indiaCells[1]).toHaveTextContent('nicht bewertet');
    expect(indiaCells[1]).not.toHaveTextContent('0');
    expect(indiaCells[0]).not.toHaveTextContent('0');
    expect(within(table).getByRole('link', { name: 'Indien' })).toHaveAttribute('href', '/countries/IN/scorecard');

    const flags = screen.getByRole('region', { name: 'Länder mit Warnhinweisen' });
    expect(within(flags).getByText(/1 Warnhinweis/)).toBeInTheDocument();
  });

  it('marks the fictitious demo country in words and gives it no rank', async () => {
    const demo = rankingEntry({ rank: null, iso2: 'QM', numericCode: null, nameDe: 'Musterland (fiktiv)', nameEn: 'Musterland (fictitious)',
      score: 80, fictitious: true });
    mockApi({ 'GET /api/scorecards': [demo, ...ranking], 'GET /api/criteria': catalog, 'GET /api/profiles': profiles });
    renderApp('/dashboard');

    const table = await screen.findByRole('table', { name: 'Rangliste der Partnerländer nach Bewertung' });
    const musterland = within(table).getByRole('row', { name: /Musterland/ });
    expect(within(musterland).getByText('fiktiv')).toHaveClass('badge--fictitious');
    // Scored, but fictitious: the hidden text gives the real reason for the missing rank.
    expect(within(musterland).getAllByRole('cell')[0]).toHaveTextContent('fiktiv, nicht in der Rangliste');
    expect(within(within(table).getByRole('row', { name: /Kenia/ })).queryByText('fiktiv')).not.toBeInTheDocument();
  });

  it('draws a map whose countries are named links to their scorecards', async () => {
    mockApi({
      'GET /api/scorecards': ranking, 'GET /api/criteria': catalog, 'GET /api/profiles': profiles,
      'GET /api/countries/KE/scorecard': scorecard(), 'GET /api/countries/KE/scorecard/history': history,
    });
    const { user, router } = renderApp('/dashboard');

    const map = await screen.findByRole('group', { name: 'Weltkarte der Länderbewertungen' }, { timeout: 10_000 });
    expect(within(map).getByRole('link', { name: 'Indien: nicht bewertet' })).toBeInTheDocument();
    const kenya = within(map).getByRole('link', { name: 'Kenia: 42 von 100' });
    expect(kenya).toHaveAttribute('tabindex', '0');
    // Only countries with instruments are links; the others are decoration.
    expect(within(map).getAllByRole('link')).toHaveLength(2);

    kenya.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/countries/KE/scorecard'));
  });

  it('keeps region, type and profile filters in the URL and sends them to the API', async () => {
    const api = mockApi({ 'GET /api/scorecards': ranking, 'GET /api/criteria': catalog, 'GET /api/profiles': profiles });
    const { user, search } = renderApp('/dashboard?type=MOU');

    await screen.findByRole('table', { name: /Rangliste/ });
    expect(screen.getByLabelText('Art des Instruments')).toHaveValue('MOU');
    await user.selectOptions(screen.getByLabelText('Region'), 'Afrika');
    await within(screen.getByLabelText('Gewichtungsprofil')).findByRole('option', { name: 'Schwerpunkt Rückführung/Rückübernahme' });
    await user.selectOptions(screen.getByLabelText('Gewichtungsprofil'), 'Schwerpunkt Rückführung/Rückübernahme');

    expect(search().get('region')).toBe('AFRICA');
    expect(search().get('type')).toBe('MOU');
    expect(search().get('profile')).toBe('return_readmission_focus');
    await waitFor(() => {
      const sent = api.last('GET', '/api/scorecards')!.url.searchParams;
      expect([sent.get('region'), sent.get('type'), sent.get('profile')]).toEqual(['AFRICA', 'MOU', 'return_readmission_focus']);
    });
  });
});
