import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { mockApi, problem, type MockRequest } from '@/testing/mock-api';
import { catalog, profiles } from '@/testing/fixtures';

const admin = { username: 'admin', displayName: 'Ada Admin', roles: ['ADMIN'], permissions: ['READ', 'EDIT_CATALOGS', 'MANAGE_ACCOUNTS', 'READ_AUDIT'] };
const version = (id: number, status: 'DRAFT' | 'PUBLISHED', extra = {}) => ({
  id, version: 7, label: id === 1 ? 'Katalog 1' : 'Entwurf 2', status, basedOnId: id === 1 ? null : 1,
  publishedAt: status === 'PUBLISHED' ? '2025-01-01T00:00:00Z' : null, createdBy: 'admin',
  criteria: catalog.criteria, groups: catalog.groups, profiles, gatingRules: [], ...extra,
});
const summaries = [version(2, 'DRAFT'), version(1, 'PUBLISHED')].map(({ criteria: _c, groups: _g, profiles: _p, gatingRules: _r, ...s }) => s);

describe('catalogue versions', () => {
  it('lists versions and creates a draft from the one in force', async () => {
    const api = mockApi({ 'GET /api/me': admin, 'GET /api/catalogs': summaries, 'POST /api/catalogs': () => ({ status: 201, body: version(2, 'DRAFT') }),
      'GET /api/catalogs/:id': version(2, 'DRAFT') });
    const { user, router } = renderApp('/dashboard');
    await user.click(await screen.findByRole('link', { name: 'Kriterienkatalog' }));
    const card = (await screen.findByRole('link', { name: 'Katalog 1' })).closest('li')!;
    expect(card).toHaveTextContent(/Katalog 1.*Veröffentlicht.*In Kraft/);
    expect(screen.getByRole('link', { name: 'Entwurf 2' }).closest('li')).toHaveTextContent('Entwurf');
    await user.type(screen.getByLabelText(/Bezeichnung/), 'Entwurf 2');
    await user.click(screen.getByRole('button', { name: 'Entwurf anlegen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/catalogs/2'));
    expect(api.last('POST', '/api/catalogs')!.body).toEqual({ label: 'Entwurf 2' });
  });

  it('edits a criterion in both languages and sends the criterion version', async () => {
    const api = mockApi({
      'GET /api/me': admin, 'GET /api/catalogs': summaries, 'GET /api/catalogs/:id': ({ url }: MockRequest) => ({ body: version(Number(url.pathname.split('/')[3]), url.pathname.endsWith('/1') ? 'PUBLISHED' : 'DRAFT') }),
      'PUT /api/catalogs/:id/criteria/:code': ({ body }: MockRequest) => ({ body }),
    });
    const { user } = renderApp('/catalogs/2');
    await user.click(await screen.findByRole('button', { name: /^Bearbeiten\s*– Datenschutz-Grundklausel$/ }));
    const form = screen.getByRole('form', { name: 'Datenschutz-Grundklausel bearbeiten' });
    const name = within(form).getByRole('group', { name: 'Name' });
    expect(within(name).getByLabelText(/Englisch/)).toHaveValue('Data protection baseline');
    await user.clear(within(name).getByLabelText(/Deutsch/));
    await user.type(within(name).getByLabelText(/Deutsch/), 'Datenschutz-Basisklausel');
    const level0 = within(form).getByRole('group', { name: 'Stufe 0' });
    await user.clear(within(level0).getByLabelText(/Deutsch/));
    await user.type(within(level0).getByLabelText(/Deutsch/), 'nicht vorhanden');
    await user.click(within(form).getByRole('button', { name: 'Kriterium speichern' }));

    await waitFor(() => expect(api.last('PUT', '/api/catalogs/2/criteria/DP-BASE')).toBeDefined());
    expect(api.last('PUT', '/api/catalogs/2/criteria/DP-BASE')!.body).toMatchObject({
      version: 0, group: 'G1', core: true, nameDe: 'Datenschutz-Basisklausel', nameEn: 'Data protection baseline',
      scaleEn: ['absent', 'generic reference', 'dedicated article', 'binding with remedy'],
      scaleDe: ['nicht vorhanden', 'allgemeiner Verweis', 'eigener Artikel', 'bindend mit Rechtsbehelf'], retired: false,
    });
  });

  it('shows what publishing changes and publishes with the draft version', async () => {
    const changed = structuredClone(catalog.criteria);
    changed[1].retired = true;
    const draft = version(2, 'DRAFT', { criteria: changed, profiles: [{ ...profiles[0], weights: { ...profiles[0].weights, G1: 0.2, G2: 0.35 } }, profiles[1]] });
    const api = mockApi({
      'GET /api/me': admin, 'GET /api/catalogs': summaries,
      'GET /api/catalogs/:id': ({ url }: MockRequest) => ({ body: url.pathname.endsWith('/1') ? version(1, 'PUBLISHED') : draft }),
      'POST /api/catalogs/:id/publish': version(2, 'PUBLISHED'),
    });
    const { user } = renderApp('/catalogs/2');
    await user.click(await screen.findByRole('button', { name: 'Veröffentlichen' }));
    const dialog = screen.getByRole('dialog', { name: '„Entwurf 2“ veröffentlichen?' });
    expect(dialog).toHaveTextContent('1 Kriterium zurückgezogen');
    expect(dialog).toHaveTextContent('Zweckbindung (PURPOSE)');
    expect(dialog).toHaveTextContent('2 Gewichte geändert');
    expect(dialog).toHaveTextContent('Ausgewogen (Standard) – Datenschutzkern: 30 % → 20 %');
    expect(dialog).not.toHaveTextContent('hinzugefügt');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, veröffentlichen' }));
    await waitFor(() => expect(api.last('POST', '/api/catalogs/2/publish')!.url.searchParams.get('version')).toBe('7'));
  });

  it('writes the sum of the weights in the German number format', async () => {
    mockApi({ 'GET /api/me': admin, 'GET /api/catalogs': summaries, 'GET /api/catalogs/:id': version(2, 'DRAFT') });
    const { user } = renderApp('/catalogs/2');
    const profile = await screen.findByRole('form', { name: /Profil Ausgewogen \(Standard\)/ });
    await user.clear(within(profile).getByLabelText('Rechte und Rechtsschutz'));
    await user.type(within(profile).getByLabelText('Rechte und Rechtsschutz'), '0.333');
    expect(within(profile).getByText(/^Summe: /)).toHaveTextContent(/^Summe: -?\d+,\d{3}$/);
  });

  it('shows a weight error at its field', async () => {
    mockApi({
      'GET /api/me': admin, 'GET /api/catalogs': summaries, 'GET /api/catalogs/:id': version(2, 'DRAFT'),
      'PUT /api/catalogs/:id/profiles/:code': () => problem(400, 'Invalid', [{ field: 'weights', message: 'The weights must add up to 1.' }, { field: 'weights.G2', message: 'A weight lies between 0 and 1.' }]),
    });
    const { user } = renderApp('/catalogs/2');
    const profile = await screen.findByRole('form', { name: /Profil Ausgewogen \(Standard\)/ });
    await user.clear(within(profile).getByLabelText('Rechte und Rechtsschutz'));
    await user.type(within(profile).getByLabelText('Rechte und Rechtsschutz'), '2');
    await user.click(within(profile).getByRole('button', { name: 'Gewichte speichern' }));
    expect(await within(profile).findByRole('link', { name: 'Rechte und Rechtsschutz: A weight lies between 0 and 1.' })).toBeInTheDocument();
    expect(within(profile).getByLabelText('Rechte und Rechtsschutz')).toHaveAccessibleDescription(expect.stringContaining('between 0 and 1'));
    expect(within(profile).getByRole('group', { name: /Gewicht je Gruppe/ })).toHaveAccessibleDescription(expect.stringContaining('add up to 1'));
  });
});
