import { render, screen, within } from '@testing-library/react';
import i18n from '@/lib/i18n';
import { ExportLinks } from '@/components/ui/export-links';

describe('export links', () => {
  beforeEach(() => i18n.changeLanguage('de'));
  afterAll(() => i18n.changeLanguage('de'));

  it('offers CSV and Excel with the table filters and sort, every page, in the UI language', () => {
    render(<ExportLinks path="/api/agreements" label="Instrumente exportieren"
      query={{ country: 'MA', status: 'IN_FORCE', q: '', archived: false, page: 2, size: 20, sort: 'title,desc' }} />);
    const group = screen.getByRole('group', { name: 'Instrumente exportieren' });
    const csv = within(group).getByRole('link', { name: /CSV/ });
    const xlsx = within(group).getByRole('link', { name: /Excel \(XLSX\)/ });
    expect(csv).toHaveAttribute('href', '/api/agreements?country=MA&status=IN_FORCE&sort=title%2Cdesc&format=csv&lang=de');
    expect(xlsx).toHaveAttribute('href', '/api/agreements?country=MA&status=IN_FORCE&sort=title%2Cdesc&format=xlsx&lang=de');
    expect(csv).toHaveAttribute('download');
    expect(group).toHaveTextContent('Exportieren');
  });

  it('speaks English and sends switched-on options', async () => {
    await i18n.changeLanguage('en');
    render(<ExportLinks path="/api/countries" label="Export partner countries" query={{ withInstruments: true }} />);
    expect(screen.getByRole('link', { name: /Excel \(XLSX\)/ })).toHaveAttribute('href', '/api/countries?withInstruments=true&format=xlsx&lang=en');
    expect(screen.getByRole('group', { name: 'Export partner countries' })).toHaveTextContent('Export');
  });
});
