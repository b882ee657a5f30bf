import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { mockApi } from '@/testing/mock-api';
import { catalog, profiles, rankingEntry, scorecard } from '@/testing/fixtures';

const india = scorecard({
  country: { iso2: 'IN', numericCode: '356', nameDe: 'Indien', nameEn: 'India', region: 'ASIA' }, score: null, coverage: 0, redFlags: [],
  criteria: scorecard().criteria.map((c) => ({ ...c, status: 'NOT_ASSESSED', level: null, agreementId: null, agreementTitle: null, evidence: null, gap: true })),
});

function mockCompare() {
  return mockApi({
    'GET /api/scorecards': [rankingEntry(), rankingEntry({ iso2: 'IN', nameDe: 'Indien', nameEn: 'India', score: null }), rankingEntry({ iso2: 'GE', nameDe: 'Georgien', nameEn: 'Georgia' })],
    'GET /api/countries/KE/scorecard': scorecard(),
    'GET /api/countries/IN/scorecard': india,
    'GET /api/criteria': catalog,
    'GET /api/profiles': profiles,
  });
}

describe('compare', () => {
  it('shows two countries side by side: score, coverage, red flags and each criterion’s best level', async () => {
    mockCompare();
    renderApp('/compare?countries=KE,IN');

    const table = await screen.findByRole('table', { name: 'Vergleich der Länder' });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Merkmal', 'Kenia', 'Indien']);
    const cells = (name: RegExp) => within(within(table).getByRole('row', { name })).getAllByRole('cell').map((c) => (c.textContent ?? '').replace(/\s/g, ' '));
    expect(cells(/^Bewertung/)).toEqual(['67', 'nicht bewertet']);
    expect(cells(/^Abdeckung/)).toEqual(['17 %', '0 %']);
    expect(cells(/^Warnhinweise/)[1]).toBe('Keine Warnhinweise.');
    expect(cells(/^Datenschutz-Grundklausel/)).toEqual(['2 / 3Stufe 2 von 3', '–nicht bewertet']);
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 3 + 12);
  });

  it('picks countries into the URL', async () => {
    mockCompare();
    const { user, search } = renderApp('/compare');
    expect(await screen.findByText('Bitte mindestens zwei Länder auswählen.')).toBeInTheDocument();

    const first = screen.getByLabelText('Land 1');
    await within(first).findByRole('option', { name: 'Kenia' });
    await user.selectOptions(first, 'Kenia');
    await user.selectOptions(screen.getByLabelText('Land 2'), 'Indien');

    expect(search().get('countries')).toBe('KE,IN');
    // A country already chosen is not offered again.
    expect(within(screen.getByLabelText('Land 3')).queryByRole('option', { name: 'Kenia' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('table', { name: 'Vergleich der Länder' })).toBeInTheDocument());
  });
});
