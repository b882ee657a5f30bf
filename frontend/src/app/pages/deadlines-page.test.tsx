import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { mockApi, problem, type MockRequest } from '@/testing/mock-api';
import { kenya } from '@/testing/fixtures';
import type { components } from '@/types/api';

type Deadline = components['schemas']['Deadline'];

function deadline(overrides: Partial<Deadline>): Deadline {
  return {
    key: 'review:7:2026-12-11', kind: 'REVIEW', dueDate: '2026-12-11', daysLeft: 10, urgency: 'SOON', agreementId: 7,
    title: 'Absichtserklärung Kenia', titleEn: 'Kenya MoU', countryIso2: 'KE', countryNameDe: 'Kenia', countryNameEn: 'Kenya',
    desk: 'Referat M3', criteria: [], link: '/agreements/7', ...overrides,
  };
}
const list = (items: Deadline[]) => ({ today: '2026-12-01', reviewOverdueDays: 14, items });

describe('deadlines', () => {
  it('groups deadlines by urgency in words, links each to its screen and filters through the URL', async () => {
    const api = mockApi({
      'GET /api/countries': [kenya],
      'GET /api/deadlines': list([
        deadline({ key: 'core:8', kind: 'CORE_UNRATED', dueDate: '2024-02-01', daysLeft: -669, urgency: 'OVERDUE', agreementId: 8,
          title: 'Abkommen Kenia', criteria: ['DP-BASE', 'CAPACITY'], link: '/agreements/8/assessment', desk: null }),
        deadline({}),
        deadline({ key: 'end:7:2027-06-01', kind: 'END', dueDate: '2027-06-01', daysLeft: 182, urgency: 'LATER' }),
      ]),
    });
    const { user } = renderApp('/deadlines');

    const overdue = await screen.findByRole('region', { name: /Überfällig/ }, { timeout: 15_000 });
    const core = within(overdue).getByRole('row', { name: /Abkommen Kenia/ });
    expect(within(core).getByText('seit 669 Tagen überfällig')).toBeInTheDocument();
    expect(within(core).getByText('Kernkriterien nicht bewertet')).toBeInTheDocument();
    expect(within(core).getByText('DP-BASE, CAPACITY')).toBeInTheDocument();
    expect(within(core).getByText('kein Referat eingetragen')).toBeInTheDocument();
    expect(within(core).getByRole('link', { name: 'Abkommen Kenia' })).toHaveAttribute('href', '/agreements/8/assessment');
    const soon = screen.getByRole('region', { name: /In den nächsten 30 Tagen/ });
    expect(within(soon).getByText('in 10 Tagen')).toBeInTheDocument();
    expect(within(soon).getByText('Referat M3')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /Später/ })).toBeInTheDocument();
    expect(screen.getByText('3 Fristen')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Referat'), 'Referat M3');
    await user.selectOptions(screen.getByLabelText('Partnerland'), 'KE');
    await user.click(screen.getByRole('button', { name: 'Filter anwenden' }));
    await waitFor(() => expect(api.last('GET', '/api/deadlines')!.url.search).toBe('?desk=Referat+M3&country=KE'));
  });

  it('shows the field the server names for a bad period, and an empty state', async () => {
    mockApi({
      'GET /api/countries': [kenya],
      'GET /api/deadlines': ({ url }: MockRequest) => url.searchParams.get('to')
        ? problem(400, 'Bitte prüfen Sie die markierten Angaben.', [{ field: 'to', message: 'Das Ende des Zeitraums darf nicht vor seinem Anfang liegen.' }])
        : { body: list([]) },
    });
    renderApp('/deadlines?from=2026-03-01&to=2026-02-01');
    expect(await screen.findByText('Das Ende des Zeitraums darf nicht vor seinem Anfang liegen.', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByLabelText('Fällig bis')).toHaveAttribute('aria-invalid', 'true');

    renderApp('/deadlines');
    expect(await screen.findByText('Keine Fristen für diese Auswahl.')).toBeInTheDocument();
  });

  it('shows the calendar URL once and revokes it only after confirming', async () => {
    let active = false;
    const api = mockApi({
      'GET /api/countries': [kenya],
      'GET /api/deadlines': list([]),
      'GET /api/me/calendar': () => {
        const first = !active;
        active = true;
        return { body: first ? { url: 'http://localhost/calendar/abc.ics', active: true } : { active: true } };
      },
      'DELETE /api/me/calendar': () => { active = false; return { status: 204 }; },
    });
    const { user } = renderApp('/deadlines');

    await user.click(await screen.findByRole('button', { name: 'Kalender-Adresse anzeigen' }, { timeout: 15_000 }));
    expect(await screen.findByLabelText('Adresse Ihres Kalender-Abos')).toHaveValue('http://localhost/calendar/abc.ics');

    await user.click(screen.getByRole('button', { name: 'Abo widerrufen' }));
    const dialog = screen.getByRole('dialog', { name: 'Kalender-Abo widerrufen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(api.last('DELETE', '/api/me/calendar')).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Abo widerrufen' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Kalender-Abo widerrufen?' })).getByRole('button', { name: 'Ja, widerrufen' }));
    expect(await screen.findByText('Das Kalender-Abo wurde widerrufen.')).toBeInTheDocument();
    expect(api.last('DELETE', '/api/me/calendar')).toBeDefined();
    expect(screen.queryByLabelText('Adresse Ihres Kalender-Abos')).not.toBeInTheDocument();
  });
});
