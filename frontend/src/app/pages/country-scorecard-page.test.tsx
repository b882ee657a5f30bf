import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { mockApi } from '@/testing/mock-api';
import { catalog, history, profiles, scorecard } from '@/testing/fixtures';

/** Cell text with Intl's no-break spaces made plain. */
const text = (el: HTMLElement) => (el.textContent ?? '').replace(/\s/g, ' ');

function mockScorecard(overrides: Record<string, unknown> = {}) {
  return mockApi({
    'GET /api/countries/KE/scorecard': scorecard(overrides),
    'GET /api/countries/KE/scorecard/history': history,
    'GET /api/criteria': catalog,
    'GET /api/profiles': profiles,
  });
}

describe('country scorecard', () => {
  it('marks a fictitious demo country in its heading, with a notice, and each of its instruments', async () => {
    mockScorecard({ country: { iso2: 'KE', numericCode: null, nameDe: 'Musterland (fiktiv)', nameEn: 'Musterland (fictitious)', region: 'AFRICA', fictitious: true } });
    renderApp('/countries/ke/scorecard');

    const heading = await screen.findByRole('heading', { level: 1, name: /Scorecard Musterland \(fiktiv\)/ });
    expect(within(heading).getByText('fiktiv')).toHaveClass('badge--fictitious');
    expect(screen.getByRole('note')).toHaveTextContent('Musterland und seine Instrumente sind erfunden');
    const inForce = screen.getByRole('table', { name: 'Wirksame Instrumente' });
    for (const row of within(inForce).getAllByRole('row').slice(1)) expect(within(row).getByText('fiktiv')).toBeInTheDocument();
  });

  it('shows no fictitious marker for a real country', async () => {
    mockScorecard();
    renderApp('/countries/ke/scorecard');
    expect(await screen.findByRole('heading', { level: 1, name: 'Scorecard Kenia' })).toBeInTheDocument();
    expect(screen.queryByText('fiktiv')).not.toBeInTheDocument();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('shows the score, each criterion’s best level with its providing instrument, and opens the evidence', async () => {
    mockScorecard();
    const { user } = renderApp('/countries/ke/scorecard');

    expect(await screen.findByRole('heading', { level: 1, name: 'Scorecard Kenia' })).toBeInTheDocument();
    expect(screen.getByText('von 100').closest('p')).toHaveTextContent(/^67 von 100$/);
    expect(screen.getByText('17 % der Kriterien bewertet')).toBeInTheDocument();
    expect(screen.getByText(/Übermittlungsgrundlage \(TRANSFER-SEC = 0\)/)).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Bestes Niveau je Kriterium und das Instrument, das es liefert' });
    const dpBase = within(table).getByRole('row', { name: /Datenschutz-Grundklausel/ });
    expect(within(dpBase).getByText('Stufe 2 von 3')).toBeInTheDocument();
    expect(within(dpBase).getByRole('link', { name: 'Migrations- und Mobilitätsabkommen Kenia' })).toHaveAttribute('href', '/agreements/1');
    const purpose = within(table).getByRole('row', { name: /Zweckbindung/ });
    expect(within(purpose).getByText('nicht bewertet')).toBeInTheDocument();
    expect(within(purpose).getByText('Lücke')).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Schutz biometrischer Daten/ })).toHaveTextContent('nicht anwendbar');

    expect(screen.queryByText('The Parties shall protect personal data.')).not.toBeInTheDocument();
    const show = within(dpBase).getByRole('button', { name: 'Beleg anzeigen: Datenschutz-Grundklausel' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await user.click(show);

    expect(show).toHaveAttribute('aria-expanded', 'true');
    const evidence = screen.getByRole('region', { name: 'Beleg zu Datenschutz-Grundklausel' });
    expect(within(evidence).getByText('The Parties shall protect personal data.')).toBeInTheDocument();
    expect(within(evidence).getByText('Art. 12 Abs. 1')).toBeInTheDocument();
    expect(within(evidence).getByRole('link', { name: 'https://www.bmi.bund.de/kenia-abkommen.pdf' })).toBeInTheDocument();
    expect(within(evidence).getByText('hoch')).toBeInTheDocument();

    const inForce = screen.getByRole('table', { name: 'Wirksame Instrumente' });
    expect(within(inForce).getByRole('link', { name: 'Migrations- und Mobilitätsabkommen Kenia' })).toBeInTheDocument();
    const notInForce = screen.getByRole('table', { name: 'Nicht (mehr) wirksame Instrumente' });
    expect(within(within(notInForce).getByRole('row', { name: /Absichtserklärung Kenia/ })).getAllByRole('cell')[2]).toHaveTextContent('nicht bewertet');
    expect(screen.getByRole('link', { name: 'Druckfassung (A4)' })).toHaveAttribute('href', '/countries/KE/scorecard/print?lang=de');
  });

  it('keeps “Kernkriterium” and “Lücke” words of their own in the row header’s accessible name', async () => {
    mockScorecard();
    renderApp('/countries/ke/scorecard');
    const table = await screen.findByRole('table', { name: 'Bestes Niveau je Kriterium und das Instrument, das es liefert' });
    expect(within(table).getByRole('rowheader', { name: 'Zweckbindung Kernkriterium Lücke' })).toBeInTheDocument();
  });

  it('explains the calculation: weights, each criterion’s contribution and why others are left out', async () => {
    mockScorecard({ crossVersion: true, comparableCriteria: ['DP-BASE', 'PURPOSE'] });
    const { user } = renderApp('/countries/KE/scorecard');

    const toggle = await screen.findByRole('button', { name: /Wie wird das berechnet\?/ });
    expect(screen.queryByRole('table', { name: 'Stufe, Maximum und Beitrag jedes Kriteriums' })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const groups = screen.getByRole('table', { name: 'Gewichte und Punkte je Gruppe' });
    const g1 = within(groups).getByRole('row', { name: /G1 – Datenschutzkern/ });
    expect(within(g1).getAllByRole('cell').map(text)).toEqual(['30 %', '100 %', '67 %', '66,7', '']);
    expect(within(groups).getByRole('row', { name: /G2/ })).toHaveTextContent('kein Kriterium bewertet');

    const contributions = screen.getByRole('table', { name: 'Stufe, Maximum und Beitrag jedes Kriteriums' });
    const dp = within(contributions).getByRole('row', { name: /Datenschutz-Grundklausel/ });
    expect(within(dp).getAllByRole('cell').map(text)).toEqual(['G1', '2', '3', '66,7', '']);
    expect(within(contributions).getByRole('row', { name: /Schutz biometrischer Daten/ })).toHaveTextContent('nicht anwendbar – zählt nicht');
    expect(within(contributions).getByRole('row', { name: /Zweckbindung/ })).toHaveTextContent('nicht bewertet – zählt nicht');
    expect(screen.getByText(/Vergleichbar sind nur diese Kriterien: Datenschutz-Grundklausel, Zweckbindung\./)).toBeInTheDocument();
  });

  it('switches the weighting profile through the URL', async () => {
    const api = mockScorecard();
    const { user, search } = renderApp('/countries/KE/scorecard');
    const select = await screen.findByLabelText('Gewichtungsprofil');
    await within(select).findByRole('option', { name: 'Schwerpunkt Rückführung/Rückübernahme' });
    await user.selectOptions(select, 'Schwerpunkt Rückführung/Rückübernahme');

    expect(search().get('profile')).toBe('return_readmission_focus');
    await waitFor(() => expect(api.last('GET', '/api/countries/KE/scorecard')!.url.searchParams.get('profile')).toBe('return_readmission_focus'));
    expect(screen.getByRole('table', { name: 'Verlauf der Bewertung' })).toBeInTheDocument();
  });
});
