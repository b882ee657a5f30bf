import { render, screen, within } from '@testing-library/react';
import i18n from '@/lib/i18n';
import { ChangeList } from '@/components/ui/change-list';

const renderList = (entityType: string, changes: Record<string, { old?: unknown; value?: unknown }>) =>
  render(<ChangeList entityType={entityType} changes={changes} toLabel="geändert zu" />);
const item = (label: string) => screen.getAllByRole('listitem').find((li) => li.querySelector('.changes__field')?.textContent === `${label}:`)!;

describe('change list', () => {
  beforeEach(() => i18n.changeLanguage('de'));
  afterAll(() => i18n.changeLanguage('de'));

  it('shows an instrument change as words: field labels, enum values, lists, sources and dates', () => {
    renderList('agreement', {
      status: { old: 'NEGOTIATING', value: 'IN_FORCE' },
      type: { old: 'MOU', value: 'TREATY' },
      partyLevel: { value: 'DE_BILATERAL' },
      components: { old: ['SKILLED_LABOUR'], value: ['SKILLED_LABOUR', 'VISA_FACILITATION'] },
      dateInForce: { value: '2025-04-01' },
      textPublic: { old: null, value: true },
      countryIso2: { value: 'SN' },
      involvedMinistries: { old: null, value: [] },
      sources: { value: [{ url: 'https://example.org/a', title: 'Pressemitteilung', field: 'status', accessedOn: '2025-04-02' }] },
    });
    expect(item('Status')).toHaveTextContent('Status: In Verhandlung → geändert zu In Kraft');
    expect(item('Art des Instruments')).toHaveTextContent('Gemeinsame Absichtserklärung / MoU → geändert zu Migrationsabkommen (Vertrag)');
    expect(item('Ebene der Vertragsparteien')).toHaveTextContent('Deutschland (bilateral)');
    const components = within(item('Komponenten')).getByRole('insertion');
    expect(within(components).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Fachkräftemobilität', 'Visaerleichterungen']);
    expect(item('In Kraft seit')).toHaveTextContent('(leer) → geändert zu 01.04.2025');
    expect(item('Text veröffentlicht')).toHaveTextContent('Ja');
    expect(item('Partnerland')).toHaveTextContent('Senegal');
    expect(item('Quellen')).toHaveTextContent('Pressemitteilung (https://example.org/a)für: Statusabgerufen am 02.04.2025');
    expect(screen.queryByText(/Beteiligte Ressorts/)).not.toBeInTheDocument();
    const text = document.body.textContent!;
    expect(text).not.toMatch(/[{}"]|NEGOTIATING|IN_FORCE|SKILLED_LABOUR|DE_BILATERAL|accessedOn|dateInForce/);
  });

  it('shows a rating change with labels, its evidence as a list and timestamps in the reader\'s format', () => {
    renderList('assessment', {
      reviewState: { old: 'DRAFT', value: 'SUBMITTED' },
      submittedAt: { value: '2026-12-01T11:00:55.814952850Z' },
      status: { old: 'NOT_ASSESSED', value: 'ASSESSED' },
      level: { value: 2 },
      confidence: { value: 'MEDIUM' },
      evidence: { value: { reference: 'Art. 5', quote: 'Les données…', source: 'Abkommenstext', asOf: '2025-04-01' } },
    });
    expect(item('Prüfstatus')).toHaveTextContent('Entwurf → geändert zu Eingereicht');
    expect(item('Eingereicht am')).toHaveTextContent(/01\.12\.2026, \d\d:\d\d/);
    expect(item('Bewertungsstand')).toHaveTextContent('nicht bewertet → geändert zu bewertet');
    expect(item('Stufe')).toHaveTextContent('Stufe 2');
    expect(item('Sicherheit der Bewertung')).toHaveTextContent('mittel');
    expect(item('Beleg')).toHaveTextContent('Fundstelle: Art. 5Zitat: Les données…Quelle: AbkommenstextStand des Belegs: 01.04.2025');
    expect(screen.getByText('Les données…')).toHaveAttribute('translate', 'no');
    expect(document.body.textContent).not.toMatch(/T11:00|814952850|reviewState|MEDIUM|SUBMITTED/);
  });

  it('labels account fields and never shows a password, and marks English catalogue text as English', () => {
    renderList('account', { roles: { value: ['DESK_OFFICER', 'ADMIN'] }, password: { value: 'set' }, enabled: { value: true } });
    expect(item('Rollen')).toHaveTextContent('FachreferatAdministration');
    expect(item('Passwort')).toHaveTextContent('festgelegt');
    expect(item('Aktiv')).toHaveTextContent('Ja');
  });

  it('marks English catalogue text as English and names a field it does not know without its code', () => {
    renderList('criterion', { questionEn: { value: 'Does the agreement protect data?' }, someNewField: { value: 'x' } });
    expect(screen.getByText('Does the agreement protect data?')).toHaveAttribute('lang', 'en');
    expect(item('Weitere Angabe')).toBeDefined();
    expect(document.body.textContent).not.toContain('someNewField');
  });

  it('writes English dates day-month-year with a 24-hour clock', async () => {
    await i18n.changeLanguage('en');
    renderList('agreement', { dateSigned: { value: '2025-03-04' }, status: { value: 'IN_FORCE' } });
    expect(item('Signed on')).toHaveTextContent('04/03/2025');
    expect(item('Status')).toHaveTextContent('In force');
  });
});
