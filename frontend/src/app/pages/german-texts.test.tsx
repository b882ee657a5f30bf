import { screen, within } from '@testing-library/react';
import i18n from '@/lib/i18n';
import { renderApp } from '@/testing/render-app';
import { mockApi } from '@/testing/mock-api';
import { assessment, catalog, kenya, listItem, page, view } from '@/testing/fixtures';

function mockAssessment(criteria = catalog) {
  mockApi({
    'GET /api/agreements/7': view(),
    'GET /api/criteria': criteria,
    'GET /api/agreements/7/assessments': criteria.criteria.map((c) => assessment(c.id)),
    'GET /api/agreements': page([listItem({ id: 1, type: 'TREATY' })]),
  });
}

async function openDpBase() {
  const { user } = renderApp('/agreements/7/assessment');
  const card = await screen.findByRole('article', { name: /Datenschutz|Data protection/ });
  await user.click(within(card).getByRole('button', { name: /Datenschutz-Grundklausel|Data protection baseline/ }));
  return within(card).getByRole('form');
}

describe('criterion texts in the current language', () => {
  it('shows the German check question and level descriptions when German is selected', async () => {
    mockAssessment();
    const form = await openDpBase();
    expect(form).toHaveTextContent('Prüffrage: Prüffrage zu Datenschutz-Grundklausel?');
    expect(form).not.toHaveTextContent('Question on');
    expect(within(form).getByLabelText(/^Stufe 0 – fehlt$/)).toBeInTheDocument();
    expect(within(form).getByLabelText(/^Stufe 3 – bindend mit Rechtsbehelf$/)).toBeInTheDocument();
    expect(form).not.toHaveTextContent('binding with remedy');
    expect(form).not.toHaveTextContent('Die Stufenbeschreibungen liegen nur auf Englisch vor.');
  });

  it('shows the English texts when English is selected', async () => {
    await i18n.changeLanguage('en');
    mockAssessment();
    const form = await openDpBase();
    expect(form).toHaveTextContent('Question on Data protection baseline?');
    expect(within(form).getByLabelText(/^Level 3 – binding with remedy$/)).toBeInTheDocument();
    expect(form).not.toHaveTextContent('bindend mit Rechtsbehelf');
  });

  it('falls back to the English text, marked as English, only where the German one is missing', async () => {
    const partly = {
      ...catalog,
      criteria: catalog.criteria.map((c) => (c.id === 'DP-BASE' ? { ...c, questionDe: null, scaleDe: ['fehlt', null, 'eigener Artikel', 'bindend mit Rechtsbehelf'] } : c)),
    };
    mockAssessment(partly);
    const form = await openDpBase();
    expect(within(form).getByText('Question on Data protection baseline?')).toHaveAttribute('lang', 'en');
    expect(within(form).getByText('generic reference')).toHaveAttribute('lang', 'en');
    expect(within(form).getByText('eigener Artikel')).not.toHaveAttribute('lang');
    expect(form).toHaveTextContent('Die Stufenbeschreibungen liegen nur auf Englisch vor.');
  });

  it('shows the subregion in German when German is selected', async () => {
    mockApi({ 'GET /api/countries/KE': { country: kenya, instruments: [listItem({ id: 3 })] } });
    renderApp('/countries/KE');
    expect(await screen.findByText('Ostafrika')).toBeInTheDocument();
    expect(screen.queryByText('Eastern Africa')).not.toBeInTheDocument();
  });

  it('shows the German summary of an instrument in German and the English one in English', async () => {
    mockApi({
      'GET /api/agreements/7': view({ summaryDe: 'Deutsche Zusammenfassung.', summaryEn: 'English summary.' }),
      'GET /api/agreements/7/history': [],
    });
    const first = renderApp('/agreements/7');
    expect(await screen.findByText('Deutsche Zusammenfassung.')).toBeInTheDocument();
    expect(screen.queryByText('English summary.')).not.toBeInTheDocument();
    first.unmount();

    await i18n.changeLanguage('en');
    renderApp('/agreements/7');
    expect(await screen.findByText('English summary.')).toBeInTheDocument();
    expect(screen.queryByText('Deutsche Zusammenfassung.')).not.toBeInTheDocument();
  });
});
