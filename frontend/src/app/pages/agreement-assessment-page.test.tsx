import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { mockApi, problem } from '@/testing/mock-api';
import { assessment, catalog, listItem, page, view } from '@/testing/fixtures';

const dpBaseRated = assessment('DP-BASE', {
  status: 'ASSESSED', level: 1, evidence: { reference: 'Art. 3', quote: null, source: 'BGBl. II', asOf: '2024-01-01' }, confidence: 'MEDIUM',
  catalogVersionId: 1, assessedBy: 'referat-m1', assessedAt: '2025-01-05T09:00:00Z', version: 4,
});
const list = () => catalog.criteria.map((c) => (c.id === 'DP-BASE' ? dpBaseRated : assessment(c.id)));

function mockAssessment(put: Parameters<typeof mockApi>[0][string]) {
  return mockApi({
    'GET /api/agreements/7': view(),
    'GET /api/criteria': catalog,
    'GET /api/agreements/7/assessments': list(),
    'GET /api/agreements': page([listItem({ id: 1, type: 'TREATY' })]),
    'PUT /api/agreements/7/assessments/:criterion': put,
  });
}

describe('assessment screen', () => {
  it('is reachable from the instrument and shows the core criteria first with the progress', async () => {
    mockAssessment({});
    const { user, router } = renderApp('/agreements/7');
    await user.click(await screen.findByRole('link', { name: 'Digitalklauseln bewerten' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Digitalklauseln bewerten' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/agreements/7/assessment');
    expect(await screen.findByText('1 von 12 Kriterien bewertet')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: /1 von 12 Kriterien bewertet/ })).toHaveAttribute('value', '1');
    const core = screen.getByRole('region', { name: 'Kernkriterien' });
    expect(within(core).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Datenschutz-Grundklausel Kernkriterium', 'Zweckbindung Kernkriterium', 'Unabhängige Aufsicht Kernkriterium', 'Digitaler Kapazitätsaufbau Kernkriterium',
    ]);
    expect(within(core).getByRole('article', { name: /Datenschutz-Grundklausel/ })).toHaveTextContent('Aktuell: Stufe 1');
    expect(screen.getByRole('region', { name: 'Gruppe G2: Rechte und Rechtsschutz' })).toBeInTheDocument();
  });

  it('sends the rating with its version and shows the server’s field error inline and in the summary', async () => {
    const api = mockAssessment(() => problem(400, 'Invalid input', [
      { field: 'level', message: 'Level 3 (enforceable) needs a binding instrument.' },
      { field: 'evidence.quote', message: 'Quote the passage in its original language.' },
    ]));
    const { user } = renderApp('/agreements/7/assessment');

    const card = await screen.findByRole('article', { name: /Datenschutz-Grundklausel/ });
    await user.click(within(card).getByRole('button', { name: 'Bewertung bearbeiten: Datenschutz-Grundklausel' }));
    const form = within(card).getByRole('form', { name: 'Bewertung bearbeiten: Datenschutz-Grundklausel' });
    expect(within(form).getByLabelText(/^Stufe 1/)).toBeChecked();
    expect(within(form).getByLabelText(/^Stufe 3 – bindend mit Rechtsbehelf/)).toBeInTheDocument();

    await user.click(within(form).getByLabelText(/^Stufe 3/));
    await user.type(within(form).getByLabelText(/^Zitat/), '  The Parties shall protect personal data. ');
    await user.selectOptions(within(form).getByLabelText(/^Sicherheit der Bewertung/), 'hoch');
    const cross = within(form).getByLabelText('Verweis auf bindendes Abkommen');
    await within(cross).findByRole('option', { name: 'Migrations- und Mobilitätsabkommen Kenia' });
    await user.click(within(form).getByRole('button', { name: 'Bewertung speichern' }));

    const summary = await within(form).findByRole('alert');
    expect(summary).toHaveTextContent('Es gibt ein Problem');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: 'Stufe: Level 3 (enforceable) needs a binding instrument.' })).toHaveAttribute('href', '#c-DP-BASE-level');
    const levels = within(form).getByRole('group', { name: /^Stufe/ });
    expect(levels).toHaveTextContent('Level 3 (enforceable) needs a binding instrument.');
    expect(levels).toHaveAccessibleDescription(/needs a binding instrument/);
    expect(within(form).getByLabelText(/^Stufe 3/)).toHaveAttribute('aria-invalid', 'true');
    const quote = within(form).getByLabelText(/^Zitat/);
    expect(quote).toHaveAttribute('aria-invalid', 'true');
    expect(quote).toHaveAccessibleDescription(/Quote the passage in its original language\./);
    expect(within(form).getByLabelText(/^Quelle/)).not.toHaveAttribute('aria-invalid');

    expect(api.last('PUT', '/api/agreements/7/assessments/DP-BASE')!.body).toEqual({
      level: 3, notApplicable: false, notApplicableReason: null,
      evidence: { reference: 'Art. 3', quote: 'The Parties shall protect personal data.', source: 'BGBl. II', asOf: '2024-01-01' },
      confidence: 'HIGH', crossReference: null, version: 4,
    });
  });

  it('rates a criterion for the first time without a version, as not applicable with a reason', async () => {
    const api = mockAssessment(
      assessment('PURPOSE', { status: 'NOT_APPLICABLE', notApplicable: true, notApplicableReason: 'Kein Datenaustausch.', confidence: 'HIGH', version: 0 }),
    );
    const { user } = renderApp('/agreements/7/assessment');
    const card = await screen.findByRole('article', { name: /Zweckbindung/ });
    await user.click(within(card).getByRole('button', { name: /Bewertung bearbeiten/ }));
    await user.click(within(card).getByLabelText('Nicht anwendbar'));
    await user.type(within(card).getByLabelText(/^Begründung/), 'Kein Datenaustausch.');
    await user.selectOptions(within(card).getByLabelText(/^Sicherheit der Bewertung/), 'hoch');
    await user.click(within(card).getByRole('button', { name: 'Bewertung speichern' }));

    expect(await within(card).findByText('Die Bewertung von „Zweckbindung“ wurde gespeichert.')).toBeInTheDocument();
    const sent = api.last('PUT', '/api/agreements/7/assessments/PURPOSE')!.body;
    expect(sent).toEqual({ level: null, notApplicable: true, notApplicableReason: 'Kein Datenaustausch.', evidence: null, confidence: 'HIGH', crossReference: null });
    expect(sent).not.toHaveProperty('version');
  });

  it('explains a version conflict and reloads the current rating on request', async () => {
    mockAssessment(() => problem(409, 'Someone else changed this rating in the meantime.'));
    const { user } = renderApp('/agreements/7/assessment');
    const card = await screen.findByRole('article', { name: /Datenschutz-Grundklausel/ });
    await user.click(within(card).getByRole('button', { name: /Bewertung bearbeiten/ }));
    await user.click(within(card).getByLabelText(/^Stufe 2/));
    await user.click(within(card).getByRole('button', { name: 'Bewertung speichern' }));

    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent('Diese Bewertung wurde inzwischen von jemand anderem geändert.');
    await user.click(within(alert).getByRole('button', { name: 'Aktuelle Bewertung laden' }));
    await waitFor(() => expect(within(card).getByLabelText(/^Stufe 1/)).toBeChecked());
    expect(within(card).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(card).getByText('Die aktuelle Bewertung wurde geladen.')).toBeInTheDocument();
  });
});
