import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '@/testing/render-app';
import { mockApi, type MockRequest } from '@/testing/mock-api';
import { assessment, catalog, listItem, page, view } from '@/testing/fixtures';
import type { components } from '@/types/api';

type Passages = components['schemas']['SearchViews.Passages'];

const treatyText = {
  id: 31, title: 'Abkommen über Migration und Mobilität', kind: 'TREATY_TEXT', language: 'de', versionDate: '2024-03-01',
  classification: 'OFFEN', marking: null, source: null,
};
const note = { ...treatyText, id: 32, title: 'Vermerk zur Umsetzung', kind: 'NOTE', classification: 'VS_NFD', marking: 'VS – NUR FÜR DEN DIENSTGEBRAUCH' };
const text = 'Die Vertragsparteien schützen personenbezogene Daten <b>nach</b> geltendem Recht.';
const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
const found: Passages = {
  agreementId: 7, criterion: 'DP-BASE', keywordsDe: ['Datenschutz', 'personenbezogene Daten'], keywordsEn: ['data protection'],
  documentsSearched: [treatyText, note],
  passages: [{
    documentId: 31, anchor: 'art_5__para_1', reference: 'Art. 5 Abs. 1', text,
    matchedTerms: [{ keyword: 'personenbezogene Daten', language: 'de', searched: ['personenbezog', 'dat'], forms: ['personenbezogene', 'Daten'] }],
    score: 3.2, marks: [at('personenbezogene'), at('Daten')],
    document: treatyText, marking: null, link: '/instruments/7/documents/31#art_5__para_1',
  }, {
    documentId: 32, anchor: 'p_2', reference: 'Abschnitt 2', text: 'Der Datenschutz wird geprüft.', matchedTerms: [], score: 1.1,
    marks: [{ start: 4, end: 15 }], document: note, marking: 'VS – NUR FÜR DEN DIENSTGEBRAUCH', link: '/instruments/7/documents/32#p_2',
  }],
};
const nothing: Passages = { ...found, passages: [] };

/** A review queue page with one submitted rating of the given evidence. */
function reviewsWith(evidence: object, reviewerRole: string) {
  return {
    content: [{
      agreementId: 7, agreementTitleDe: 'Absichtserklärung Kenia', agreementTitleEn: null, countryIso2: 'KE', countryNameDe: 'Kenia', countryNameEn: 'Kenya',
      criterionId: 'PURPOSE', reviewerRole, level: 2, notApplicable: false, notApplicableReason: null, evidence,
      confidence: 'HIGH', assessedBy: 'desk.officer2', assessedAt: '2025-02-01T09:00:00Z', submittedBy: 'desk.officer2', submittedAt: '2025-02-01T09:30:00Z', version: 4,
    }],
    totalSize: 1, pageable: { number: 0, size: 50 },
  };
}

function mock(passages: Passages, level = 1) {
  const rated = assessment('DP-BASE', {
    status: 'ASSESSED', level, evidence: level > 0 ? { reference: 'Art. 3', quote: null, source: 'BGBl. II', asOf: '2024-01-01' } : null,
    confidence: 'MEDIUM', catalogVersionId: 1, assessedBy: 'referat-m1', assessedAt: '2025-01-05T09:00:00Z', version: 4,
  });
  return mockApi({
    'GET /api/agreements/7': view(),
    'GET /api/criteria': catalog,
    'GET /api/agreements/7/assessments': catalog.criteria.map((c) => (c.id === 'DP-BASE' ? rated : assessment(c.id))),
    'GET /api/agreements': page([listItem({ id: 1, type: 'TREATY' })]),
    'GET /api/agreements/7/passages': passages,
    'PUT /api/agreements/7/assessments/:criterion': (r: MockRequest) => ({ body: { ...rated, ...(r.body as object), version: 5 } }),
  });
}

async function openPanel(user: ReturnType<typeof renderApp>['user']) {
  const card = await screen.findByRole('article', { name: /Datenschutz-Grundklausel/ });
  await user.click(within(card).getByRole('button', { name: 'Bewertung bearbeiten: Datenschutz-Grundklausel' }));
  const form = within(card).getByRole('form', { name: 'Bewertung bearbeiten: Datenschutz-Grundklausel' });
  await user.click(within(form).getByRole('button', { name: 'Textstellen in den Dokumenten: Datenschutz-Grundklausel' }));
  return { card, form };
}

describe('passages in the rating form', () => {
  it('lists the candidates with citation, document, marking and the matched words highlighted, text escaped', async () => {
    const api = mock(found);
    const { user } = renderApp('/agreements/7/assessment');
    const { form } = await openPanel(user);

    expect(await within(form).findByText('2 mögliche Textstellen')).toBeInTheDocument();
    expect(api.last('GET', '/api/agreements/7/passages')!.url.searchParams.get('criterion')).toBe('DP-BASE');
    const [first, second] = within(form).getAllByRole('listitem').filter((li) => li.classList.contains('passage'));
    expect(first).toHaveTextContent('Art. 5 Abs. 1 – Abkommen über Migration und Mobilität (Deutsch, 01.03.2024)');
    expect([...first.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['personenbezogene', 'Daten']);
    // The document's "<b>" is text, never markup.
    expect(first.querySelector('blockquote')!.textContent).toBe(text);
    expect(first.querySelector('b')).toBeNull();
    expect(first).toHaveTextContent('Gefunden über: personenbezogene Daten (gesucht als Wortstamm: personenbezog, dat; im Text: personenbezogene, Daten)');
    expect(within(first).getByRole('link', { name: 'Im Dokument öffnen: Art. 5 Abs. 1' })).toHaveAttribute('href', '/instruments/7/documents/31#art_5__para_1');
    expect(second).toHaveTextContent('VS – NUR FÜR DEN DIENSTGEBRAUCH');
    expect(first).not.toHaveTextContent('VS – NUR FÜR DEN DIENSTGEBRAUCH');
  });

  it('takes a passage as evidence, moves focus to it, says so, and sends documentId and anchor with the rating', async () => {
    const api = mock(found);
    const { user } = renderApp('/agreements/7/assessment');
    const { card, form } = await openPanel(user);
    const first = (await within(form).findAllByRole('button', { name: 'Als Beleg übernehmen' }))[0];
    await user.click(first);

    const reference = within(form).getByLabelText(/^Fundstelle \(Artikel/);
    expect(reference).toHaveValue('Art. 5 Abs. 1');
    await waitFor(() => expect(reference).toHaveFocus());
    expect(within(form).getByLabelText(/^Zitat/)).toHaveValue(text);
    expect(within(form).getByLabelText(/^Quelle/)).toHaveValue('Abkommen über Migration und Mobilität, 01.03.2024');
    expect(within(form).getByLabelText(/^Stand des Belegs/)).toHaveValue('2024-03-01');
    expect(within(card).getAllByRole('status').some((s) => s.textContent?.includes('Textstelle „Art. 5 Abs. 1“ als Beleg'))).toBe(true);

    await user.click(within(form).getByRole('button', { name: 'Bewertung speichern' }));
    await waitFor(() => expect(api.last('PUT', '/api/agreements/7/assessments/DP-BASE')).toBeDefined());
    expect(api.last('PUT', '/api/agreements/7/assessments/DP-BASE')!.body).toEqual({
      level: 1, notApplicable: false, notApplicableReason: null,
      evidence: {
        reference: 'Art. 5 Abs. 1', quote: text, source: 'Abkommen über Migration und Mobilität, 01.03.2024', asOf: '2024-03-01',
        documentId: 31, anchor: 'art_5__para_1',
      },
      confidence: 'MEDIUM', crossReference: null, version: 4,
    });
  });

  it('shows the link to the taken passage and sends none once it is removed', async () => {
    const api = mock(found);
    const { user } = renderApp('/agreements/7/assessment');
    const { form } = await openPanel(user);
    await user.click((await within(form).findAllByRole('button', { name: 'Als Beleg übernehmen' }))[0]);
    const evidence = within(form).getByRole('group', { name: 'Beleg' });
    expect(within(evidence).getByRole('link', { name: 'Textstelle im Dokument öffnen: Art. 5 Abs. 1' }))
      .toHaveAttribute('href', '/instruments/7/documents/31#art_5__para_1');
    await user.click(within(evidence).getByRole('button', { name: 'Verknüpfung lösen' }));
    expect(within(evidence).queryByRole('link')).toBeNull();

    await user.click(within(form).getByRole('button', { name: 'Bewertung speichern' }));
    await waitFor(() => expect(api.last('PUT', '/api/agreements/7/assessments/DP-BASE')).toBeDefined());
    const body = api.last('PUT', '/api/agreements/7/assessments/DP-BASE')!.body as { evidence: Record<string, unknown> };
    expect(body.evidence.reference).toBe('Art. 5 Abs. 1');
    expect(body.evidence).not.toHaveProperty('documentId');
    expect(body.evidence).not.toHaveProperty('anchor');
  });

  it('says when nothing was found, with the keywords and documents searched, and records it for level 0', async () => {
    const api = mock(nothing, 0);
    const { user } = renderApp('/agreements/7/assessment');
    const { form } = await openPanel(user);

    expect(await within(form).findByText('Keine passende Textstelle gefunden.')).toBeInTheDocument();
    expect(form).toHaveTextContent('Gesuchte StichwörterDatenschutz, personenbezogene Daten, data protection');
    expect(form).toHaveTextContent('Abkommen über Migration und Mobilität · Deutsch · 01.03.2024');
    await user.click(within(form).getByRole('button', { name: 'Suche ohne Fund vermerken' }));
    const record = within(form).getByRole('group', { name: 'Suche ohne Fund vermerkt' });
    expect(record).toHaveTextContent('Vermerk zur Umsetzung · Deutsch · 01.03.2024');

    await user.click(within(form).getByRole('button', { name: 'Bewertung speichern' }));
    await waitFor(() => expect(api.last('PUT', '/api/agreements/7/assessments/DP-BASE')).toBeDefined());
    expect(api.last('PUT', '/api/agreements/7/assessments/DP-BASE')!.body).toMatchObject({
      level: 0, evidence: null,
      searchRecord: { documentIds: [31, 32], keywords: ['Datenschutz', 'personenbezogene Daten', 'data protection'], nothingFound: true },
    });
  });

  it('shows an error when the passages cannot be loaded', async () => {
    mockApi({
      'GET /api/agreements/7': view(), 'GET /api/criteria': catalog,
      'GET /api/agreements/7/assessments': catalog.criteria.map((c) => assessment(c.id, c.id === 'DP-BASE' ? { status: 'ASSESSED', level: 1, version: 1 } : {})),
      'GET /api/agreements': page([]),
      'GET /api/agreements/7/passages': () => ({ status: 500, body: { title: 'Server error', status: 500 } }),
    });
    const { user } = renderApp('/agreements/7/assessment');
    const { form } = await openPanel(user);
    expect(await within(form).findByRole('alert')).toHaveTextContent('Die Textstellen konnten nicht geladen werden.');
  });
});

describe('evidence linked to its passage', () => {
  it('links the review queue item’s evidence to the passage in the reader', async () => {
    const evidence = { reference: 'Art. 5 Abs. 1', quote: text, source: 'Abkommen', asOf: '2024-03-01', documentId: 31, anchor: 'art_5__para_1' };
    mockApi({ 'GET /api/reviews': reviewsWith(evidence, 'LEADERSHIP'), 'GET /api/criteria': catalog });
    renderApp('/reviews');
    const list = await screen.findByRole('list', { name: 'Zur Prüfung eingereichte Bewertungen' });
    expect(within(list).getByRole('link', { name: 'Textstelle im Dokument öffnen: Art. 5 Abs. 1' }))
      .toHaveAttribute('href', '/instruments/7/documents/31#art_5__para_1');
  });
});

const MARKING = 'VS – NUR FÜR DEN DIENSTGEBRAUCH';
const noteDetail = {
  document: {
    id: 32, version: 0, agreementId: 7, kind: 'SUMMARY', language: 'de', title: 'Vermerk zur Umsetzung', versionDate: '2024-03-01', source: null,
    classification: 'VS_NFD', mediaType: 'text/plain', fileName: null, sizeBytes: 40, sha256: '0'.repeat(64), textChars: 40,
    supersededBy: null, archivedAt: null, uploadedBy: 'desk.officer', uploadedAt: '2025-01-01T09:00:00Z', state: 'CURRENT',
  },
  units: [
    { anchor: 'art_2', parentAnchor: null, kind: 'ARTICLE', label: 'Art. 2', heading: 'Datenschutz', text: 'Artikel 2\nDatenschutz' },
    { anchor: 'art_2__para_1', parentAnchor: 'art_2', kind: 'PARAGRAPH', label: 'Art. 2 Abs. 1', heading: null, text: '(1) Der Datenschutz wird geprüft.' },
  ],
};

describe('passages before a level is chosen and the VS-NfD marking of quotes', () => {
  it('offers the passages of a criterion not rated yet, and a quote taken from a VS-NfD document carries the marking', async () => {
    mockApi({
      'GET /api/agreements/7': view(), 'GET /api/criteria': catalog,
      'GET /api/agreements/7/assessments': catalog.criteria.map((c) => assessment(c.id)),
      'GET /api/agreements': page([]),
      'GET /api/agreements/7/passages': found,
    });
    const { user } = renderApp('/agreements/7/assessment');
    const { form } = await openPanel(user);
    expect(within(form).getByRole('radio', { name: 'Noch nicht bewertet' })).toBeChecked();
    expect(within(form).queryByRole('group', { name: 'Beleg' })).toBeNull();
    await user.click((await within(form).findAllByRole('button', { name: 'Als Beleg übernehmen' }))[1]);
    const evidence = within(form).getByRole('group', { name: 'Beleg' });
    expect(within(evidence).getByLabelText(/^Zitat/)).toHaveValue('Der Datenschutz wird geprüft.');
    expect(evidence).toHaveTextContent(MARKING);
  });

  it('opens the passage in place in the review queue, with its citation, marking and the reader link', async () => {
    const evidence = { reference: 'Art. 2 Abs. 1', quote: '(1) Der Datenschutz wird geprüft.', source: 'Vermerk', asOf: '2024-03-01', documentId: 32, anchor: 'art_2', marking: MARKING };
    const api = mockApi({ 'GET /api/reviews': reviewsWith(evidence, 'DESK_OFFICER'), 'GET /api/criteria': catalog, 'GET /api/documents/32': noteDetail });
    const { user } = renderApp('/reviews');
    const list = await screen.findByRole('list', { name: 'Zur Prüfung eingereichte Bewertungen' });
    expect(list).toHaveTextContent(MARKING);
    expect(api.last('GET', '/api/documents/32')).toBeUndefined();
    await user.click(within(list).getByRole('button', { name: 'Textstelle hier anzeigen: Art. 2 Abs. 1' }));
    const region = await within(list).findByRole('region', { name: 'Textstelle Art. 2 Abs. 1' });
    expect(await within(region).findByText('(1) Der Datenschutz wird geprüft.', { exact: false })).toBeInTheDocument();
    expect(region).toHaveTextContent('Art. 2 – Vermerk zur Umsetzung (Deutsch, 01.03.2024)');
    expect(region).toHaveTextContent(MARKING);
    expect(within(region).getByRole('link', { name: 'Textstelle im Dokument öffnen: Art. 2 Abs. 1' })).toHaveAttribute('href', '/instruments/7/documents/32#art_2');
  });
});
