import { screen, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { mockApi } from '@/testing/mock-api';
import { kenya, listItem, page } from '@/testing/fixtures';
import type { components } from '@/types/api';

type Hit = components['schemas']['SearchViews.Hit'];
const doc = {
  id: 32, title: 'Vermerk zur Umsetzung', kind: 'NOTE', language: 'de', versionDate: '2024-03-01',
  classification: 'VS_NFD', marking: 'VS – NUR FÜR DEN DIENSTGEBRAUCH', source: null,
};
const snippet = 'Übermittlung von <i>Biometriedaten</i> nur nach Prüfung.';
const hit: Hit = {
  agreementId: 7, countryIso2: 'KE', agreementTitleDe: 'Migrations- und Mobilitätsabkommen Kenia', agreementTitleEn: null, agreementTitleOriginal: null,
  part: 'PASSAGE', document: doc, anchor: 'art_7__para_2', reference: 'Art. 7 Abs. 2',
  snippet: { text: snippet, marks: [{ start: snippet.indexOf('Biometriedaten'), end: snippet.indexOf('Biometriedaten') + 14 }] },
  score: 2.5, marking: doc.marking, link: '/instruments/7/documents/32#art_7__para_2',
};
const results = (content: Hit[]) => ({ content, pageable: { number: 0, size: 50 }, totalSize: content.length });

describe('full-text search page', () => {
  it('is in the navigation, searches by the entered term and shows instrument, document, citation, highlighted snippet and marking', async () => {
    const api = mockApi({ 'GET /api/search': results([hit]) });
    const { user, search } = renderApp('/dashboard');
    await user.click(await screen.findByRole('link', { name: 'Volltextsuche' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Volltextsuche' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Suchbegriff'), 'Biometrie');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));
    expect(search().get('q')).toBe('Biometrie');
    expect(await screen.findByText('1 Treffer für „Biometrie“')).toBeInTheDocument();
    expect(api.last('GET', '/api/search')!.url.searchParams.get('q')).toBe('Biometrie');

    const region = screen.getByRole('region', { name: 'Suchergebnisse' });
    const [item] = within(region).getAllByRole('listitem');
    expect(within(item).getByRole('link', { name: 'Migrations- und Mobilitätsabkommen Kenia – Art. 7 Abs. 2' }))
      .toHaveAttribute('href', '/instruments/7/documents/32#art_7__para_2');
    expect(item).toHaveTextContent('Dokument: Vermerk zur Umsetzung · Deutsch · 01.03.2024');
    expect(item).toHaveTextContent('VS – NUR FÜR DEN DIENSTGEBRAUCH');
    expect([...item.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Biometriedaten']);
    expect(item.querySelector('blockquote')!.textContent).toBe(snippet);
    expect(item.querySelector('i')).toBeNull();
  });

  it('says "at least" where the server stopped counting', async () => {
    mockApi({ 'GET /api/search': { ...results([hit]), totalSize: 1000 } });
    renderApp('/search?q=Datenschutz');
    expect(await screen.findByText('Mindestens 1.000 Treffer für „Datenschutz“ – die besten werden angezeigt')).toBeInTheDocument();
  });

  it('says when nothing matched, and when the search failed', async () => {
    mockApi({ 'GET /api/search': results([]) });
    renderApp('/search?q=Xylophon');
    expect(await screen.findByText('Keine Treffer für „Xylophon“.')).toBeInTheDocument();

    mockApi({ 'GET /api/search': () => ({ status: 500, body: { title: 'Server error', status: 500 } }) });
    renderApp('/search?q=Fehler');
    expect(await screen.findByRole('alert')).toHaveTextContent('Die Suche ist fehlgeschlagen.');
  });

  it('shows the server’s reason for a refused term at the field (too long)', async () => {
    mockApi({ 'GET /api/search': () => ({ status: 400, body: { title: 'Ungültige Anfrage', status: 400, errors: [{ field: 'q', message: 'Höchstens 200 Zeichen.' }] } }) });
    renderApp(`/search?q=${'a'.repeat(501)}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Die Suche ist fehlgeschlagen. Höchstens 200 Zeichen.');
    const field = screen.getByRole('searchbox', { name: 'Suchbegriff' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Die Suche ist fehlgeschlagen. Höchstens 200 Zeichen.');
  });

  it('shows the list item’s match under the instrument title, highlighted', async () => {
    const text = '… Rückführung und Datenschutz …';
    mockApi({
      'GET /api/agreements': page([listItem({ match: { text, marks: [{ start: text.indexOf('Datenschutz'), end: text.indexOf('Datenschutz') + 11 }] } })]),
      'GET /api/countries': [kenya],
    });
    renderApp('/agreements?q=Datenschutz');
    const table = await screen.findByRole('table');
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveTextContent('Treffer im Text: … Rückführung und Datenschutz …');
    expect([...row.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Datenschutz']);
  });
});
