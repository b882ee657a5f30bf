import { screen, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { mockApi } from '@/testing/mock-api';
import { catalog, scorecard } from '@/testing/fixtures';

describe('print layout', () => {
  beforeEach(() => {
    mockApi({ 'GET /api/countries/KE/scorecard': scorecard(), 'GET /api/criteria': catalog });
  });

  it('renders in English with ?lang=en while the app stays German, without the navigation', async () => {
    renderApp('/countries/KE/scorecard/print?lang=en');

    expect(await screen.findByRole('heading', { level: 1, name: 'Scorecard Kenya' })).toBeInTheDocument();
    expect(screen.getByRole('article')).toHaveAttribute('lang', 'en');
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.getByText(/17% of criteria assessed/)).toBeInTheDocument();
    expect(screen.getByText(/no transfer basis or transfer security/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Best level per criterion and the instrument that provides it' });
    const dp = within(table).getByRole('row', { name: /Data protection baseline/ });
    expect(within(dp).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2 / 3', 'Migration and mobility agreement Kenya', 'Art. 12 Abs. 1 [1]']);
    expect(within(table).getByRole('row', { name: /Purpose limitation/ })).toHaveTextContent('not assessed');
    const sources = screen.getByRole('heading', { name: 'Sources of evidence' }).nextElementSibling!;
    expect(sources).toHaveTextContent('https://www.bmi.bund.de/kenia-abkommen.pdf');
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
  });

  it('renders in German by default', async () => {
    renderApp('/countries/KE/scorecard/print');
    expect(await screen.findByRole('heading', { level: 1, name: 'Scorecard Kenia' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Bestes Niveau je Kriterium/ })).toHaveTextContent('Datenschutz-Grundklausel');
    // On a phone the four columns scroll in their own box; the page itself does not scroll sideways (WCAG 1.4.10).
    expect(screen.getByRole('table', { name: /Bestes Niveau je Kriterium/ }).parentElement).toHaveClass('table-wrap');
  });
});
