import { screen } from '@testing-library/react';
import { vi } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { mockApi, problem } from '@/testing/mock-api';
import { catalog, profiles, rankingEntry, scorecard } from '@/testing/fixtures';

function mockPages(brief: Parameters<typeof mockApi>[0][string]) {
  return mockApi({
    'GET /api/countries/KE/scorecard': scorecard(),
    'GET /api/countries/KE/scorecard/history': [],
    'GET /api/countries/IN/scorecard': scorecard({ country: { iso2: 'IN', numericCode: '356', nameDe: 'Indien', nameEn: 'India', region: 'ASIA' } }),
    'GET /api/scorecards': [rankingEntry(), rankingEntry({ iso2: 'IN', nameDe: 'Indien', nameEn: 'India' })],
    'GET /api/criteria': catalog,
    'GET /api/profiles': profiles,
    'GET /api/countries/:iso2/brief': brief,
    'GET /api/compare/brief': brief,
  });
}

describe('brief download', () => {
  beforeEach(() => {
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:brief'), revokeObjectURL: vi.fn() }));
  });

  it('downloads the country brief with the page’s language, profile and draft setting, and says so', async () => {
    let release: () => void = () => {};
    const api = mockPages(() => new Promise((resolve) => { release = () => resolve({ body: { pdf: true } }); }));
    const { user } = renderApp('/countries/KE/scorecard?profile=balanced&includeDrafts=true');

    await user.click(await screen.findByRole('button', { name: 'Länderkurzbericht (PDF)' }));
    const busy = await screen.findByRole('button', { name: 'Kurzbericht wird erstellt …' });
    expect(busy).toBeDisabled();
    expect(busy).toHaveAttribute('aria-busy', 'true');
    release();

    expect(await screen.findByText('Heruntergeladen: kurzbericht.pdf')).toBeInTheDocument();
    const request = api.last('GET', '/api/countries/KE/brief');
    expect(request?.url.searchParams.get('lang')).toBe('de');
    expect(request?.url.searchParams.get('profile')).toBe('balanced');
    expect(request?.url.searchParams.get('includeDrafts')).toBe('true');
    expect(request?.headers.get('Accept')).toContain('application/pdf');
    expect(URL.createObjectURL).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Länderkurzbericht (PDF)' })).toBeEnabled();
  });

  it('downloads the comparison brief for the chosen countries and shows the server’s reason when it fails', async () => {
    const api = mockPages(() => problem(400, 'Wählen Sie zwei oder drei verschiedene Länder.'));
    const { user } = renderApp('/compare?countries=KE,IN');

    await user.click(await screen.findByRole('button', { name: 'Vergleich als Kurzbericht (PDF)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Der Kurzbericht konnte nicht erstellt werden. Wählen Sie zwei oder drei verschiedene Länder.');
    expect(api.last('GET', '/api/compare/brief')?.url.searchParams.get('countries')).toBe('KE,IN');
  });
});
