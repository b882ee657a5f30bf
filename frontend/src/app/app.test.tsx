import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { mockApi } from '@/testing/mock-api';
import { kenya, listItem, page } from '@/testing/fixtures';

describe('layout', () => {
  it('switches the language of labels and data and remembers it', async () => {
    const api = mockApi({ 'GET /api/agreements': page([listItem()]), 'GET /api/countries': [kenya], 'PUT /api/me/language': { language: 'en' } });
    const { user } = renderApp('/agreements');

    expect(await screen.findByRole('heading', { level: 1, name: 'Instrumente' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeInTheDocument();
    const row = await screen.findByRole('row', { name: /Migrations- und Mobilitätsabkommen Kenia/ });
    expect(within(row).getByText('In Kraft')).toBeInTheDocument();
    expect(within(row).getByText('Kenia')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Instruments' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Title/ })).toBeInTheDocument();
    const enRow = screen.getByRole('row', { name: /Migration and mobility agreement Kenya/ });
    expect(within(enRow).getByText('In force')).toBeInTheDocument();
    expect(within(enRow).getByText('Kenya')).toBeInTheDocument();
    expect(localStorage.getItem('pm.language')).toBe('en');
    // Stored for the signed-in person too, so that their reminder mails come in English.
    await waitFor(() => expect(api.last('PUT', '/api/me/language')?.body).toEqual({ language: 'en' }));
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Instruments – Partnership Monitor');
  });

  it('moves focus to the new page heading after navigating', async () => {
    mockApi({ 'GET /api/agreements': page([]), 'GET /api/countries': [kenya] });
    const { user } = renderApp('/agreements');
    await screen.findByText('Keine Instrumente gefunden');

    await user.click(screen.getByRole('link', { name: 'Partnerländer' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Partnerländer' });
    expect(heading).toHaveFocus();
    expect(document.title).toBe('Partnerländer – Partnerschaftsmonitor');
  });
});
