import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { mockApi, type MockRequest } from '@/testing/mock-api';

const file = () => new File(['externalRef,status\nA-1,In Kraft\n'], 'instrumente.csv', { type: 'text/csv' });
const report = (over: object = {}) => ({ sha256: 'ab', dryRun: true, total: 2, created: 1, updated: 1, unchanged: 0, rows: [], ...over });

describe('import screen', () => {
  it('shows the dry-run mistakes by row, field label and message, and offers no import', async () => {
    mockApi({
      'POST /api/agreements/import': report({ created: 0, updated: 0, rows: [{ row: 3, externalRef: 'A-2', errors: [
        { field: 'dateInForce', code: 'agreement.dateInForce.beforeSigned', message: 'Das Inkrafttreten kann nicht vor der Unterzeichnung liegen.' }] }] }),
    });
    const { user } = renderApp('/agreements/import');
    await user.upload(await screen.findByLabelText('Datei (CSV oder XLSX)'), file());
    await user.click(screen.getByRole('button', { name: 'Datei prüfen' }));

    const table = await screen.findByRole('table', { name: /Fehler nach Zeile und Feld/ });
    // In the scroll box the other tables use, so that at 390 px the page does not scroll sideways.
    expect(table.parentElement).toHaveClass('table-wrap');
    const cells = within(table).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual(['3', 'A-2', 'In Kraft seit', 'Das Inkrafttreten kann nicht vor der Unterzeichnung liegen.']);
    expect(screen.getByRole('button', { name: 'Importieren' })).toBeDisabled();
  });

  it('imports after the confirmation, with dryRun=false', async () => {
    const api = mockApi({
      'POST /api/agreements/import': ({ url }: MockRequest) => ({ body: report({ dryRun: url.searchParams.get('dryRun') !== 'false' }) }),
    });
    const { user } = renderApp('/agreements/import');
    await user.upload(await screen.findByLabelText('Datei (CSV oder XLSX)'), file());
    await user.click(screen.getByRole('button', { name: 'Datei prüfen' }));
    expect(await screen.findByText('Keine Fehler gefunden. Sie können die Datei jetzt importieren.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Importieren' }));
    await user.click(await screen.findByRole('button', { name: 'Ja, importieren' }));

    expect(await screen.findByText('Import abgeschlossen: 1 angelegt, 1 geändert, 0 unverändert.')).toBeInTheDocument();
    await waitFor(() => expect(api.requests.filter((r) => r.method === 'POST').map((r) => r.url.search)).toEqual(['?dryRun=true', '?dryRun=false']));
  });

  it('says in plain words why a file is refused', async () => {
    mockApi({
      'POST /api/agreements/import': () => ({ status: 400, body: { title: 'Bad Request', status: 400, code: 'request.invalid', detail: 'Bitte prüfen Sie die markierten Angaben.',
        errors: [{ field: 'file', code: 'import.file.mismatch', message: 'Der Inhalt der Datei passt nicht zu ihrer Endung: Sie ist keine CSV- bzw. XLSX-Datei.' }] } }),
    });
    const { user } = renderApp('/agreements/import');
    await user.upload(await screen.findByLabelText('Datei (CSV oder XLSX)'), file());
    await user.click(screen.getByRole('button', { name: 'Datei prüfen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Der Inhalt der Datei passt nicht zu ihrer Endung');
  });
});
