// Browser journeys. Selectors go by role and accessible name, in German (the default language), with the
// exact labels from frontend/src/config/locales/de.ts (en.ts for the English checks). Every journey signs in
// through /sign-in (demo accounts, password "demo"). Journeys 1–3 build on each other: 1 creates and rates an
// instrument for Island, 2 reviews those ratings, 3 finds Island's score on the dashboard.
// A step that cannot be done because the UI lacks something throws UiGap: the journey fails, and the message
// names the file and element the frontend needs.

import { fileURLToPath } from 'node:url';

/** The UI lacks an element or a step of the flow; the message says what and where. */
export class UiGap extends Error {
  constructor(message) {
    super(`UI gap: ${message}`);
  }
}

import { collectTexts, findForeign } from './ui-language.mjs';

const PASSWORD = 'demo';
const COUNTRY = { iso2: 'IS', de: 'Island', en: 'Iceland' };
/** The four core criteria with their catalogue names (seed/criteria.json) and who approves them. */
const CORE = [
  { id: 'DP-BASE', de: 'Datenschutz-Grundklausel', level: 2, reviewer: 'desk.officer2' },
  { id: 'PURPOSE', de: 'Zweckbindung', level: 3, reviewer: 'desk.officer2' },
  { id: 'INDEP-OVERSIGHT', de: 'Unabhängige Aufsicht', level: 1, reviewer: 'desk.officer2' },
  { id: 'CAPACITY', de: 'Digitaler Kapazitätsaufbau im Partnerland', level: 2, reviewer: 'devcoop.reviewer' },
];
/** The rating desk.officer2 returns once before approving it. */
const RETURNED = CORE[1];
/** Submit-for-review action on the assessment screen; the wording is not in de.ts yet, so several are accepted. */
const SUBMIT_DE = /zur Prüfung einreichen|zur Freigabe einreichen|einreichen|erneut einreichen/i;

/** What journey 1 created, for journeys 2 and 3. */
const shared = {};

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function expectVisible(locator, what, timeout) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch (e) {
    throw new Error(`${what} is not visible: ${e.message.split('\n')[0]}`);
  }
}

/** The page shows a heading (level 1) with this name; a "Seite nicht gefunden" page fails with the path. */
async function expectHeading(page, name, what = 'the page heading') {
  try {
    await page.getByRole('heading', { level: 1, name }).first().waitFor({ state: 'visible' });
  } catch (e) {
    const h1 = await page.locator('h1').allInnerTexts().catch(() => []);
    await crashed(page);
    throw new Error(`${what} ${name} is not shown on ${page.url()} (h1: ${JSON.stringify(h1)})`);
  }
}

/** The React Router error page ("Unexpected Application Error!") replaced the screen. */
async function crashed(page) {
  const h2 = page.getByRole('heading', { name: 'Unexpected Application Error!' });
  if (await h2.count()) {
    const message = await page.locator('h3').first().innerText().catch(() => '');
    throw new UiGap(`${new URL(page.url()).pathname} crashed with "${message}" (React Router error page)`);
  }
}

/** Expects the instrument's detail page; if it crashed, records the problem and returns false so the journey can go on. */
async function detailShown(page, title, problem, what) {
  try {
    await expectHeading(page, title, what);
    return true;
  } catch (e) {
    if (!(e instanceof UiGap)) throw e;
    problem(`${e.message} – ${what}`);
    return false;
  }
}

/** Signs in on /sign-in with a demo account and waits until the app has left the sign-in page. */
async function signIn(page, username, { next = '/dashboard', axe } = {}) {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await expectHeading(page, 'Anmelden', 'the sign-in heading');
  if (axe) await axe(page, 'login');
  await page.getByLabel('Benutzername').fill(username);
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 10_000 }).catch(async () => {
    const alert = await page.getByRole('alert').allInnerTexts().catch(() => []);
    throw new Error(`${username} could not sign in: ${alert.join(' ') || 'still on /sign-in'}`);
  });
  await expectVisible(page.getByRole('button', { name: 'Abmelden' }), `the sign-out button for ${username}`);
}

/** The day in Berlin, `days` from now (2026-12-01): the app counts days there, and late in the UTC evening the UTC date is a day behind. */
const berlinDay = (days = 0) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + days * 86_400_000));
/** Today in Berlin as the export file names write it. */
const today = () => berlinDay();

/** The file the browser downloads when `trigger` runs (Playwright's download event): its name, bytes and, for CSV, lines. */
async function downloaded(page, trigger, timeout = 30_000) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout }), trigger()]);
  const failure = await download.failure();
  if (failure) throw new Error(`the download of ${download.suggestedFilename()} failed: ${failure}`);
  const { readFileSync } = await import('node:fs');
  const bytes = readFileSync(await download.path());
  const text = bytes.toString('utf8');
  return { name: download.suggestedFilename(), bytes, text, lines: text.replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '') };
}

/** A CSV export: file name `<stem>-YYYY-MM-DD.csv`, UTF-8 byte-order mark, these headings first, these texts in and out. */
function expectCsv(file, stem, heading, contains = [], lacks = []) {
  const name = `${stem}-${today()}.csv`;
  if (file.name !== name) throw new Error(`the CSV is named ${file.name}, not ${name}`);
  if (!(file.bytes[0] === 0xef && file.bytes[1] === 0xbb && file.bytes[2] === 0xbf)) throw new Error(`${name} does not start with the UTF-8 byte-order mark`);
  if (!file.lines[0]?.startsWith(heading)) throw new Error(`${name} starts with "${file.lines[0]}", not "${heading}"`);
  for (const t of contains) if (!file.text.includes(t)) throw new Error(`${name} lacks "${t}"`);
  for (const t of lacks) if (file.text.includes(t)) throw new Error(`${name} holds "${t}", which the filter leaves out`);
}

/** The entries of a ZIP file (an XLSX) by name, inflated. */
async function unzip(bytes) {
  const { inflateRawSync } = await import('node:zlib');
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a ZIP file');
  const entries = new Map();
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0, n = bytes.readUInt16LE(end + 10); i < n; i++) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const local = bytes.readUInt32LE(at + 42);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    entries.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + skip;
  }
  return entries;
}

/** An XLSX export: file name `<stem>-YYYY-MM-DD.xlsx`, a workbook whose cells hold these texts and not those. */
async function expectXlsx(filePromise, stem, contains = [], lacks = []) {
  const file = await filePromise;
  const name = `${stem}-${today()}.xlsx`;
  if (file.name !== name) throw new Error(`the Excel file is named ${file.name}, not ${name}`);
  const entries = await unzip(file.bytes);
  const cells = [...entries].filter(([n]) => n.startsWith('xl/worksheets/') || n === 'xl/sharedStrings.xml').map(([, x]) => x).join('\n')
    .replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  if (!cells) throw new Error(`${name} has no worksheet`);
  for (const t of contains) if (!cells.includes(t)) throw new Error(`${name} lacks "${t}"`);
  for (const t of lacks) if (cells.includes(t)) throw new Error(`${name} holds "${t}", which the filter leaves out`);
}

/** A PDF brief: its name, %PDF, and one page where the page objects can be counted (they may sit in compressed streams). */
function expectPdf(file, name) {
  if (!name.test(file.name)) throw new Error(`the brief is named ${file.name}, not ${name}`);
  if (file.bytes.toString('latin1', 0, 5) !== '%PDF-') throw new Error(`${file.name} is not a PDF`);
  const pages = (file.bytes.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  if (pages > 1) throw new Error(`${file.name} has ${pages} pages, not one`);
}

/** Current ratings of an instrument, over the API (the bearer token of desk.officer). */
async function ratings(api, id) {
  const list = await api('GET', `/api/agreements/${id}/assessments`);
  return new Map(list.map((a) => [a.criterionId, a]));
}

/** Polls (up to 5 s: the clicks' requests may still be under way) until the ratings have these review states. */
async function expectReviewStates(api, id, expected, when) {
  let current;
  let wrong;
  for (const end = Date.now() + 5000; ;) {
    current = await ratings(api, id);
    wrong = Object.entries(expected).filter(([code, state]) => current.get(code)?.reviewState !== state);
    if (!wrong.length || Date.now() > end) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  if (wrong.length) {
    throw new Error(`${when}: ${wrong.map(([code, state]) => `${code} is ${current.get(code)?.reviewState ?? 'missing (no reviewState in GET /api/agreements/{id}/assessments)'}, expected ${state}`).join('; ')}`);
  }
}

/** The criterion's article on the assessment screen (named by its h3; the id is in the meta line). */
function criterionArticle(page, c) {
  return page.getByRole('article', { name: new RegExp(`^${esc(c.de)}`) });
}

/** Opens a criterion's form, rates it with evidence and saves; waits for the "gespeichert" notice. */
async function rateCriterion(page, c, { quote } = {}) {
  const article = criterionArticle(page, c);
  const form = page.getByRole('form', { name: `Bewertung bearbeiten: ${c.de}` });
  if (!(await form.isVisible())) await article.getByRole('button', { name: /^Bewertung bearbeiten\s*:/ }).click();
  await form.getByRole('radio', { name: new RegExp(`^Stufe ${c.level}\\b`) }).check();
  await form.getByLabel(/^Fundstelle/).fill(`Art. ${c.level + 3} Abs. 1`);
  await form.getByLabel(/^Zitat/).fill(quote ?? `The Parties shall ensure ${c.id.toLowerCase()} safeguards (E2E).`);
  await form.getByLabel(/^Quelle/).fill('https://example.org/e2e/abkommen-island.pdf');
  await form.getByLabel(/^Stand des Belegs/).fill('2025-01-15');
  await form.getByLabel(/^Sicherheit der Bewertung/).selectOption('HIGH');
  await form.getByRole('button', { name: 'Bewertung speichern' }).click();
  await expectVisible(article.getByRole('status').filter({ hasText: `Die Bewertung von „${c.de}“ wurde gespeichert.` }),
    `the saved notice for ${c.id}`);
}

/**
 * Submits ratings for review from the assessment screen: a submit button in the criterion's article, or one
 * for the whole instrument. Without either, the four-eyes flow cannot start from the browser.
 */
async function submitForReview(page, criteria) {
  const pageLevel = page.getByRole('main').getByRole('button', { name: SUBMIT_DE });
  for (const c of criteria) {
    const inArticle = criterionArticle(page, c).getByRole('button', { name: SUBMIT_DE });
    if (await inArticle.count()) {
      await inArticle.first().click();
      continue;
    }
    if ((await pageLevel.count()) === 1) {
      await pageLevel.click();
      return;
    }
    throw new UiGap('the assessment screen /agreements/:id/assessment has no submit-for-review action '
      + '(expected a button such as "Zur Prüfung einreichen" per criterion in frontend/src/features/assessments/components/criterion-assessment.tsx '
      + 'or for the instrument in assessment-checklist.tsx, calling POST /api/agreements/{id}/assessments/{criterionId}/submit; no de.ts/en.ts key exists yet)');
  }
}

/** Creates a treaty for Island through the form; also checks that a server field error names its field. */
async function createInstrument(page, title, axe) {
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Instrumente' }).click();
  await expectHeading(page, 'Instrumente');
  await expectVisible(page.getByRole('table', { name: 'Instrumente der Migrationspartnerschaften' }), 'the list of instruments');
  if (axe) await axe(page, 'agreements-list');
  await page.getByRole('link', { name: /Neues Instrument/ }).click();
  await page.waitForURL(/\/agreements\/new$/);
  await expectHeading(page, 'Neues Instrument anlegen');
  await page.getByLabel(/^Partnerland( \*)?$/).selectOption({ label: COUNTRY.de });
  await page.getByLabel('Art des Instruments').selectOption({ label: 'Migrationsabkommen (Vertrag)' });
  await page.getByLabel('Titel (deutsch)').fill(title);
  await page.getByLabel(/^Ebene der Vertragsparteien/).selectOption({ label: 'Deutschland (bilateral)' });
  await page.getByLabel(/^Status( \*)?$/).selectOption({ label: 'In Kraft' });
  await page.getByLabel('Unterzeichnet am').fill('2024-03-01');
  await page.getByLabel('In Kraft seit').fill('2024-02-01'); // before signature: the server names the field
  await page.getByRole('checkbox', { name: 'Fachkräftemobilität' }).check();
  await page.getByRole('button', { name: /Quelle hinzufügen/ }).click();
  await page.getByLabel(/^Adresse \(URL\)/).fill('https://example.org/e2e/abkommen-island');
  if (axe) await axe(page, 'agreement-new');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expectVisible(page.getByRole('alert').filter({ hasText: 'Es gibt ein Problem' }).getByRole('link', { name: /^In Kraft seit/ }),
    'the error summary naming "In Kraft seit" (entry into force before signature)');
  await page.getByLabel('In Kraft seit').fill('2024-06-01');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.waitForURL(/\/agreements\/\d+$/);
  await expectHeading(page, title, 'the new instrument');
  return Number(new URL(page.url()).pathname.split('/')[2]);
}

/** Presses Tab (or Shift+Tab) until the locator has focus. */
async function tabTo(page, locator, what, { back = false, max = 250 } = {}) {
  await locator.first().waitFor({ state: 'attached' });
  for (let i = 0; i < max; i++) {
    if (await locator.first().evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  const active = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`${what} cannot be reached with ${back ? 'Shift+Tab' : 'Tab'} (${max} presses; focus is on ${active})`);
}

/** Types a date into a focused date input by keyboard, in whichever order (TT.MM.JJJJ or MM/DD/YYYY) Chromium shows. */
async function typeDate(page, input, iso) {
  const [y, m, d] = iso.split('-');
  await page.keyboard.type(`${d}${m}${y}`);
  if ((await input.inputValue()) === iso) return;
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(`${m}${d}${y}`);
  const got = await input.inputValue();
  if (got !== iso) throw new Error(`typing ${iso} into a date field by keyboard gave "${got}"`);
}

/** Moves a closed <select> to the option with this value by arrow keys only. */
async function arrowSelect(page, select, value, what) {
  const options = await select.evaluate((el) => [...el.options].map((o) => o.value));
  const target = options.indexOf(value);
  if (target < 0) throw new Error(`${what}: no option ${value}`);
  for (let i = 0; i < options.length + 2; i++) {
    const current = await select.evaluate((el) => el.selectedIndex);
    if (current === target) return;
    await page.keyboard.press(current < target ? 'ArrowDown' : 'ArrowUp');
  }
  throw new Error(`${what}: arrow keys do not reach ${value} (now ${await select.inputValue()})`);
}

async function keyboardSignIn(page, username) {
  await page.goto('/sign-in?next=%2Fagreements');
  await expectHeading(page, 'Anmelden');
  await tabTo(page, page.getByLabel('Benutzername'), 'the user name field');
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/agreements$/);
  await expectHeading(page, 'Instrumente');
}

const shots = new URL('./target/', import.meta.url);

/** The page itself does not scroll sideways (WCAG 1.4.10); tables may scroll inside their own region. */
async function expectNoSidewaysScroll(page, what) {
  const { scrollWidth, innerWidth, wide } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement.scrollWidth,
    innerWidth: window.innerWidth,
    wide: [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 3).map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}`),
  }));
  if (scrollWidth > innerWidth) throw new Error(`${what}: the page is ${scrollWidth} px wide at ${innerWidth} px (too wide: ${wide.join(', ')})`);
}

/** Opens a screen and waits until its heading (and, where named, a landmark of its content) is there. */
async function openScreen(page, path, h1, ready) {
  await page.goto(path);
  await expectHeading(page, h1, `the heading of ${path}`);
  if (ready) await expectVisible(ready(page), `the content of ${path}`, 15_000);
  await page.waitForLoadState('networkidle').catch(() => {});
}

export const journeys = [
  {
    name: 'j1-create-rate-submit',
    async run({ newPage, axe, api, problem }) {
      const page = await newPage();
      await signIn(page, 'desk.officer', { axe });
      const title = `E2E Migrationsabkommen Island ${unique()}`;
      let id;
      try {
        id = await createInstrument(page, title, axe);
      } catch (e) {
        if (!(e instanceof UiGap) || !/\/agreements\/\d+$/.test(page.url())) throw e;
        problem(`${e.message} – after saving the new instrument; the journey went on at /assessment directly`);
        id = Number(new URL(page.url()).pathname.split('/')[2]);
      }
      shared.instrument = { id, title };
      // The instrument's page must lead to the assessment: a missing link fails the journey, never a detour by URL.
      const rateLink = page.getByRole('link', { name: 'Digitalklauseln bewerten' });
      await expectVisible(rateLink, 'the link "Digitalklauseln bewerten" on the instrument\'s page');
      await axe(page, 'agreement-detail');
      await rateLink.first().click();
      await page.waitForURL(new RegExp(`/agreements/${id}/assessment$`));
      await expectHeading(page, 'Digitalklauseln bewerten');
      for (const c of CORE) await rateCriterion(page, c);
      await expectVisible(page.getByText('4 von 12 Kriterien bewertet'), 'the progress "4 von 12 Kriterien bewertet"');
      await axe(page, 'assessment');
      shared.rated = true;
      await submitForReview(page, CORE);
      await expectReviewStates(api, id, Object.fromEntries(CORE.map((c) => [c.id, 'SUBMITTED'])), 'after submitting');
      shared.submitted = true;
    },
  },
  {
    name: 'j1k-keyboard-only',
    async run({ newPage, api, problem }) {
      const page = await newPage();
      const kb = page.keyboard;
      await keyboardSignIn(page, 'desk.officer');
      await tabTo(page, page.getByRole('link', { name: /Neues Instrument/ }), 'the link "Neues Instrument"');
      await kb.press('Enter');
      await page.waitForURL(/\/agreements\/new$/);
      const title = `E2E Tastatur Island ${unique()}`;
      await tabTo(page, page.getByLabel(/^Partnerland( \*)?$/), 'Partnerland');
      await arrowSelect(page, page.getByLabel(/^Partnerland( \*)?$/), COUNTRY.iso2, 'Partnerland');
      await kb.press('Tab');
      await arrowSelect(page, page.getByLabel('Art des Instruments'), 'TREATY', 'Art des Instruments');
      await kb.press('Tab');
      await kb.type(title); // Titel (deutsch)
      await tabTo(page, page.getByLabel(/^Status( \*)?$/), 'Status');
      await arrowSelect(page, page.getByLabel(/^Status( \*)?$/), 'IN_FORCE', 'Status');
      await kb.press('Tab');
      await typeDate(page, page.getByLabel('Unterzeichnet am'), '2024-03-01');
      await tabTo(page, page.getByLabel('In Kraft seit'), 'In Kraft seit');
      await typeDate(page, page.getByLabel('In Kraft seit'), '2024-06-01');
      for (const [label, value] of [['Unterzeichnet am', '2024-03-01'], ['In Kraft seit', '2024-06-01']]) {
        const got = await page.getByLabel(label).inputValue();
        if (got !== value) throw new Error(`typing the date into "${label}" gave "${got}", expected ${value}`);
      }
      await tabTo(page, page.getByRole('checkbox', { name: 'Fachkräftemobilität' }), 'the component checkbox');
      await kb.press('Space');
      await tabTo(page, page.getByRole('button', { name: 'Speichern' }), 'Speichern');
      await kb.press('Enter');
      await page.waitForURL(/\/agreements\/\d+$/);
      const id = Number(new URL(page.url()).pathname.split('/')[2]);
      if (await detailShown(page, title, problem, 'the instrument created by keyboard')) {
        await tabTo(page, page.getByRole('link', { name: 'Digitalklauseln bewerten' }), 'the link "Digitalklauseln bewerten"');
        await kb.press('Enter');
      } else {
        await page.goto(`/agreements/${id}/assessment`);
      }
      await page.waitForURL(new RegExp(`/agreements/${id}/assessment$`));
      await expectHeading(page, 'Digitalklauseln bewerten');
      for (const c of CORE) {
        const form = page.getByRole('form', { name: `Bewertung bearbeiten: ${c.de}` });
        await tabTo(page, criterionArticle(page, c).getByRole('button', { name: /^Bewertung bearbeiten\s*:/ }), `the edit button of ${c.id}`);
        await kb.press('Enter');
        // Into the level group: focus lands on the checked radio ("Noch nicht bewertet"); arrows move to the level.
        await tabTo(page, form.getByRole('radio', { name: 'Noch nicht bewertet' }), `the level radios of ${c.id}`);
        for (let i = 0; i <= c.level; i++) await kb.press('ArrowDown');
        if (!(await form.getByRole('radio', { name: new RegExp(`^Stufe ${c.level}\\b`) }).isChecked())) {
          throw new Error(`arrow keys did not select level ${c.level} for ${c.id}`);
        }
        await tabTo(page, form.getByLabel(/^Fundstelle/), `Fundstelle of ${c.id}`);
        await kb.type(`Art. ${c.level + 3}`);
        await tabTo(page, form.getByLabel(/^Zitat/), `Zitat of ${c.id}`);
        await kb.type('The Parties shall (keyboard E2E).');
        await tabTo(page, form.getByLabel(/^Quelle/), `Quelle of ${c.id}`);
        await kb.type('https://example.org/e2e/tastatur.pdf');
        await tabTo(page, form.getByLabel(/^Stand des Belegs/), `Stand des Belegs of ${c.id}`);
        await typeDate(page, form.getByLabel(/^Stand des Belegs/), '2025-01-15');
        await tabTo(page, form.getByLabel(/^Sicherheit der Bewertung/), `Sicherheit der Bewertung of ${c.id}`);
        await arrowSelect(page, form.getByLabel(/^Sicherheit der Bewertung/), 'MEDIUM', `confidence of ${c.id}`);
        await tabTo(page, form.getByRole('button', { name: 'Bewertung speichern' }), `the save button of ${c.id}`);
        await kb.press('Enter');
        await expectVisible(criterionArticle(page, c).getByRole('status').filter({ hasText: 'wurde gespeichert' }), `the saved notice for ${c.id} (keyboard)`);
      }
      const saved = await ratings(api, id);
      const missing = CORE.filter((c) => saved.get(c.id)?.level !== c.level || !saved.get(c.id)?.evidence?.asOf);
      if (missing.length) throw new Error(`keyboard ratings not stored as typed: ${missing.map((c) => `${c.id}=${JSON.stringify(saved.get(c.id))}`).join('; ')}`);
      // Submit for review by keyboard.
      for (const c of CORE) {
        const button = criterionArticle(page, c).getByRole('button', { name: SUBMIT_DE });
        const pageLevel = page.getByRole('main').getByRole('button', { name: SUBMIT_DE });
        const target = (await button.count()) ? button : (await pageLevel.count()) === 1 ? pageLevel : null;
        if (!target) await submitForReview(page, [c]); // throws the UiGap with details
        await tabTo(page, target, `the submit button for ${c.id}`, { back: true });
        await kb.press('Enter');
        if (target === pageLevel) break;
      }
      await expectReviewStates(api, id, Object.fromEntries(CORE.map((c) => [c.id, 'SUBMITTED'])), 'after submitting by keyboard');
    },
  },
  {
    name: 'j2-four-eyes-review',
    async run({ newPage, axe, api }) {
      if (!shared.submitted) throw new Error('needs the submitted ratings of journey j1-create-rate-submit, which did not get that far');
      const { id, title } = shared.instrument;
      const subject = (c) => `${COUNTRY.de} – ${title} – ${c.de}`;
      // The visible word plus a visually hidden ": subject" (Chromium puts a space before the colon).
      const named = (word, c) => ({ name: new RegExp(`^${word}\\s*: ${esc(subject(c))}$`) });
      const approve = async (page, c) => {
        await page.getByRole('button', named('Freigeben', c)).click();
        // Approving asks for confirmation; the dialog opens on "Abbrechen".
        const dialog = page.getByRole('dialog', { name: 'Bewertung freigeben?' });
        await expectVisible(dialog, `the confirmation before approving ${c.id}`);
        await dialog.getByRole('button', { name: 'Freigeben', exact: true }).click();
        await expectVisible(page.getByRole('status').filter({ hasText: `Freigegeben: ${subject(c)}.` }), `the approval notice for ${c.id}`);
      };
      const openQueue = async (page, user) => {
        await signIn(page, user, { next: '/reviews' });
        await expectHeading(page, 'Prüfungen (Vier-Augen-Prinzip)');
        await expectVisible(page.getByRole('list', { name: 'Zur Prüfung eingereichte Bewertungen' }), `the review queue of ${user}`);
      };

      // devcoop.reviewer: only the capacity rating is theirs.
      const devcoop = await newPage();
      await openQueue(devcoop, 'devcoop.reviewer');
      const capacity = CORE.find((c) => c.id === 'CAPACITY');
      const others = CORE.filter((c) => c !== capacity);
      for (const c of others) {
        if (await devcoop.getByRole('button', named('Freigeben', c)).count()) {
          throw new Error(`devcoop.reviewer is offered ${c.id}, which is not a capacity criterion`);
        }
      }
      await axe(devcoop, 'review-queue');
      await approve(devcoop, capacity);

      // desk.officer2 returns one rating with a comment, approves the others.
      const second = await newPage();
      await openQueue(second, 'desk.officer2');
      const comment = `Bitte das Zitat aus Art. 4 vollständig angeben (E2E ${unique()}).`;
      await second.getByRole('button', named('Zurückgeben', RETURNED)).click();
      const returnForm = second.getByRole('form', { name: `Zurückgeben: ${subject(RETURNED)}` });
      await returnForm.getByRole('button', { name: 'Mit Begründung zurückgeben' }).click();
      await expectVisible(returnForm.locator('.field-error'), 'the error for a return without comment');
      await returnForm.getByLabel(/^Begründung/).fill(comment);
      await returnForm.getByRole('button', { name: 'Mit Begründung zurückgeben' }).click();
      await expectVisible(second.getByRole('status').filter({ hasText: `Zurückgegeben: ${subject(RETURNED)}.` }), 'the return notice');
      for (const c of others.filter((x) => x !== RETURNED)) await approve(second, c);
      await expectReviewStates(api, id, { CAPACITY: 'APPROVED', 'DP-BASE': 'APPROVED', 'INDEP-OVERSIGHT': 'APPROVED', [RETURNED.id]: 'CHANGES_REQUESTED' }, 'after the first round');

      // desk.officer sees the comment, fixes the rating and resubmits.
      const author = await newPage();
      // The author finds what came back, with the comment, in the list of returned ratings and goes to revise it.
      await signIn(author, 'desk.officer', { next: '/reviews' });
      const returnedList = author.getByRole('region', { name: 'An Sie zurückgegebene Bewertungen' });
      await expectVisible(returnedList.getByText(comment, { exact: false }), 'the reviewer\'s comment in the author\'s list of returned ratings on /reviews');
      await axe(author, 'review-returned');
      await returnedList.getByRole('link', { name: new RegExp(`^Bewertung überarbeiten\\s*: ${esc(subject(RETURNED))}$`) }).click();
      await author.waitForURL(new RegExp(`/agreements/${id}/assessment$`));
      await expectHeading(author, 'Digitalklauseln bewerten');
      await expectVisible(author.getByText(comment), `the reviewer's return comment on the assessment screen (the author must see why ${RETURNED.id} came back; frontend/src/features/assessments/components/criterion-assessment.tsx shows no reviewState/reviewComment)`);
      await rateCriterion(author, RETURNED, { quote: 'Article 4: The Parties shall process personal data only for the purposes set out in this Agreement (E2E, complete).' });
      await submitForReview(author, [RETURNED]);
      await expectReviewStates(api, id, { [RETURNED.id]: 'SUBMITTED' }, 'after resubmitting');

      // desk.officer2 approves the corrected rating.
      await second.reload();
      await expectVisible(second.getByRole('button', named('Freigeben', RETURNED)), 'the resubmitted rating in the queue of desk.officer2');
      await approve(second, RETURNED);
      await expectReviewStates(api, id, Object.fromEntries(CORE.map((c) => [c.id, 'APPROVED'])), 'at the end');
      shared.approved = true;
    },
  },
  {
    name: 'j3-leadership-dashboard-scorecard',
    async run({ newPage, axe }) {
      const page = await newPage();
      await signIn(page, 'leadership', { next: '/dashboard' });
      await expectHeading(page, 'Lagebild Digitalklauseln');
      const mapLink = page.getByRole('link', { name: new RegExp(`^${COUNTRY.de}: `) });
      await expectVisible(mapLink, `${COUNTRY.de} on the world map (a link named "${COUNTRY.de}: … von 100")`, 15_000);
      const mapName = await mapLink.first().getAttribute('aria-label');
      const row = page.getByRole('table', { name: 'Rangliste der Partnerländer nach Bewertung' }).getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: COUNTRY.de, exact: true }) });
      await expectVisible(row, `${COUNTRY.de} in the ranking`);
      const scoreCell = (await row.first().getByRole('cell').allInnerTexts())[1] ?? '';
      const hint = shared.approved ? '' : ' (journey j2 did not approve the ratings; scores count approved ratings only)';
      if (!/^\d+$/.test(mapName.replace(/^.*: (\d+) von 100$/, '$1'))) throw new Error(`the map names ${COUNTRY.de} "${mapName}", without a score${hint}`);
      if (!/^\d+$/.test(scoreCell.trim())) throw new Error(`the ranking shows "${scoreCell}" as ${COUNTRY.de}'s score${hint}`);
      await axe(page, 'dashboard');

      await row.first().getByRole('link', { name: COUNTRY.de, exact: true }).click();
      await page.waitForURL(new RegExp(`/countries/${COUNTRY.iso2}/scorecard$`));
      await expectHeading(page, `Scorecard ${COUNTRY.de}`);
      const how = page.getByRole('button', { name: 'Wie wird das berechnet?' });
      await how.click();
      if ((await how.getAttribute('aria-expanded')) !== 'true') throw new Error('"Wie wird das berechnet?" does not expand');
      await expectVisible(page.getByRole('heading', { name: 'Gruppengewichte' }), 'the group weights of the calculation view');
      await expectVisible(page.getByRole('table', { name: 'Stufe, Maximum und Beitrag jedes Kriteriums' }), 'the contributions table');
      await axe(page, 'scorecard');

      await page.getByRole('link', { name: 'Druckfassung (A4)' }).click();
      await page.waitForURL(new RegExp(`/countries/${COUNTRY.iso2}/scorecard/print`));
      await expectHeading(page, `Scorecard ${COUNTRY.de}`, 'the print layout heading');
      await expectVisible(page.getByRole('button', { name: 'Drucken' }), 'the print button');
      await expectVisible(page.getByRole('table', { name: 'Bestes Niveau je Kriterium und das Instrument, das es liefert' }), 'the criteria table of the print layout');
      if (await page.getByRole('navigation', { name: 'Hauptnavigation' }).count()) throw new Error('the print layout shows the main navigation');
      await axe(page, 'print');

      await page.goto(`/compare?countries=${COUNTRY.iso2},MA`);
      await expectHeading(page, 'Länder vergleichen');
      await expectVisible(page.getByRole('table', { name: 'Vergleich der Länder' }), 'the comparison table');
      await axe(page, 'compare');
    },
  },
  {
    name: 'j4-edit-conflict',
    async run({ newPage, api, axe, problem }) {
      const original = `E2E Konflikt ${unique()}`;
      const created = await api('POST', '/api/agreements', {
        countryIso2: 'GH', type: 'MOU', titleDe: original, partyLevel: 'DE_BILATERAL', status: 'SIGNED', dateSigned: '2024-05-02',
        components: ['SKILLED_LABOUR'], sources: [{ url: 'https://example.org/e2e' }],
      });
      const first = await newPage();
      const second = await newPage();
      await signIn(first, 'desk.officer', { next: `/agreements/${created.id}/edit` });
      await signIn(second, 'desk.officer2', { next: `/agreements/${created.id}/edit` });
      for (const p of [first, second]) {
        await expectHeading(p, 'Instrument bearbeiten');
        await expectVisible(p.getByLabel('Titel (deutsch)'), 'the title field');
        const value = await p.getByLabel('Titel (deutsch)').inputValue();
        if (value !== original) throw new Error(`the edit form shows "${value}", expected "${original}"`);
      }
      await axe(first, 'agreement-edit');
      const firstTitle = `${original}: erste Fassung`;
      await first.getByLabel('Titel (deutsch)').fill(firstTitle);
      await second.getByLabel('Titel (deutsch)').fill(`${original}: zweite Fassung`);
      await second.getByLabel('Zuständiges Referat').fill('Referat E2E');
      await first.getByRole('button', { name: 'Speichern' }).click();
      await first.waitForURL(new RegExp(`/agreements/${created.id}$`));
      await detailShown(first, firstTitle, problem, 'the detail page after the first save');
      await second.getByRole('button', { name: 'Speichern' }).click();
      const conflict = second.getByRole('alert').filter({ hasText: /inzwischen .*geändert/ });
      await expectVisible(conflict, 'the conflict message ("… inzwischen … geändert …") for the second save');
      await expectVisible(conflict.getByRole('heading', { name: 'Dieses Instrument wurde inzwischen von jemand anderem geändert.' }), 'the conflict heading');
      // The second user's typing is still in the form until they choose to reload.
      if ((await second.getByLabel('Titel (deutsch)').inputValue()) !== `${original}: zweite Fassung`) throw new Error('the conflict discarded the second user\'s input');
      const stored = await api('GET', `/api/agreements/${created.id}`);
      if (stored.titleDe !== firstTitle) throw new Error(`the second save overwrote the first: stored "${stored.titleDe}"`);
      await conflict.getByRole('button', { name: 'Aktuelle Fassung laden (meine Eingaben verwerfen)' }).click();
      await expectVisible(second.getByRole('status').filter({ hasText: 'Die aktuelle Fassung wurde geladen.' }), 'the reloaded notice');
      const reloaded = await second.getByLabel('Titel (deutsch)').inputValue();
      if (reloaded !== firstTitle) throw new Error(`after reload the second user sees "${reloaded}", expected the first save "${firstTitle}"`);
      await second.goto(`/agreements/${created.id}/edit`);
      await expectHeading(second, 'Instrument bearbeiten');
      await expectVisible(second.getByLabel('Titel (deutsch)'), 'the title field after a fresh load');
      const fresh = await second.getByLabel('Titel (deutsch)').inputValue();
      if (fresh !== firstTitle) throw new Error(`the second user's fresh page shows "${fresh}", expected the first save "${firstTitle}"`);
      await second.goto(`/agreements/${created.id}`);
      await detailShown(second, firstTitle, problem, 'the detail page of the second user after a fresh load');
    },
  },
  {
    name: 'j5-language-switch',
    async run({ newPage, problem }) {
      const page = await newPage();
      await signIn(page, 'desk.officer', { next: '/agreements' });
      const nav = page.getByRole('navigation');
      const screens = [
        {
          name: 'list',
          go: async () => nav.getByRole('link', { name: /^(Instrumente|Instruments)$/ }).click(),
          de: { h1: 'Instrumente', links: ['Neues Instrument'], labels: ['Suche', 'Partnerland', 'Status'] },
          en: { h1: 'Instruments', links: ['New instrument'], labels: ['Search', 'Partner country', 'Status'] },
        },
        {
          name: 'detail',
          go: async () => {
            await page.getByRole('table').getByRole('link').first().click();
            await page.waitForURL(/\/agreements\/\d+$/);
          },
          de: { links: ['Bearbeiten', 'Digitalklauseln bewerten', 'Scorecard ansehen', 'Zur Liste der Instrumente'], buttons: ['Archivieren'], headings: ['Angaben', 'Verlauf'] },
          en: { links: ['Edit', 'Assess digital clauses', 'View scorecard', 'Back to the list of instruments'], buttons: ['Archive'], headings: ['Details', 'History'] },
        },
        {
          name: 'dashboard',
          go: async () => nav.getByRole('link', { name: 'Dashboard' }).click(),
          de: { h1: 'Lagebild Digitalklauseln', headings: ['Weltkarte', 'Rangliste'], labels: ['Region', 'Art des Instruments'] },
          en: { h1: 'Digital clauses at a glance', headings: ['World map', 'Ranking'], labels: ['Region', 'Type of instrument'] },
        },
        {
          name: 'scorecard',
          go: async () => {
            await page.getByRole('table', { name: /Rangliste|Ranking/ }).getByRole('rowheader').first().getByRole('link').click();
            await page.waitForURL(/\/scorecard$/);
          },
          de: { h1: /^Scorecard /, buttons: ['Wie wird das berechnet?'], links: ['Druckfassung (A4)', 'Zum Dashboard'] },
          en: { h1: /^Scorecard /, buttons: ['How is this calculated?'], links: ['Print version (A4)', 'Back to the dashboard'] },
        },
      ];
      const common = {
        de: { nav: ['Dashboard', 'Instrumente', 'Partnerländer', 'Vergleich'], buttons: ['English', 'Abmelden'], lang: 'de' },
        en: { nav: ['Dashboard', 'Instruments', 'Partner countries', 'Compare'], buttons: ['Deutsch', 'Sign out'], lang: 'en' },
      };
      const check = async (screen, lang) => {
        const want = { ...common[lang], ...screen[lang] };
        const missing = [];
        // Parts of a screen appear when their data arrives: wait for each (up to 5 s) instead of looking once.
        const seen = async (locator, what) => {
          if (!(await locator.first().waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false))) missing.push(what);
        };
        if (want.h1) await page.getByRole('heading', { level: 1, name: want.h1 }).first().waitFor({ timeout: 5000 }).catch(() => missing.push(`h1 ${want.h1}`));
        for (const n of want.nav) await seen(nav.getByRole('link', { name: n, exact: true }), `nav link "${n}"`);
        for (const n of want.buttons ?? []) await seen(page.getByRole('button', { name: n, exact: true }), `button "${n}"`);
        for (const n of want.links ?? []) await seen(page.getByRole('link', { name: new RegExp(`^([+←] )?${esc(n)}$`) }), `link "${n}"`);
        for (const n of want.headings ?? []) await seen(page.getByRole('heading', { name: n, exact: true }), `heading "${n}"`);
        for (const n of want.labels ?? []) await seen(page.getByLabel(n, { exact: true }), `field label "${n}"`);
        const htmlLang = await page.locator('html').getAttribute('lang');
        if (!htmlLang?.startsWith(want.lang)) missing.push(`<html lang="${htmlLang}">`);
        if (missing.length) throw new Error(`${screen.name} in ${lang === 'de' ? 'German' : 'English'} lacks: ${missing.join(', ')}`);
      };
      for (const screen of screens) {
        await screen.go();
        await page.locator('main h1, h2:text("Unexpected Application Error!")').first().waitFor().catch(() => {});
        try {
          await crashed(page);
        } catch (e) {
          problem(`${e.message} – language checks of the ${screen.name} screen skipped`);
          await page.goBack();
          continue;
        }
        await check(screen, 'de');
        await page.getByRole('button', { name: 'English', exact: true }).click();
        await check(screen, 'en');
        await page.getByRole('button', { name: 'Deutsch', exact: true }).click();
        await check(screen, 'de');
      }
      // English survives navigation inside the app.
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await nav.getByRole('link', { name: 'Instruments', exact: true }).click();
      await check(screens[0], 'en');
      await page.getByRole('button', { name: 'Deutsch', exact: true }).click();
      await check(screens[0], 'de');
    },
  },
  {
    name: 'j6-sign-out-and-back-in',
    async run({ newPage, base }) {
      const page = await newPage();
      await signIn(page, 'leadership');
      const session = (await page.context().cookies()).find((c) => c.name === 'PM_SESSION');
      if (!session) throw new Error('no PM_SESSION cookie after signing in');
      if (session.httpOnly !== true) throw new Error('the session cookie is readable by scripts');
      const status = () => page.evaluate(async () => (await fetch('/api/me', { headers: { Accept: 'application/json' } })).status);
      if ((await status()) !== 200) throw new Error('GET /api/me is not 200 while signed in');

      await page.getByRole('button', { name: 'Abmelden' }).click();
      await page.waitForURL((url) => url.pathname === '/sign-in', { timeout: 10_000 });
      await expectHeading(page, 'Anmelden', 'the sign-in page after signing out');
      if ((await status()) !== 401) throw new Error('GET /api/me after "Abmelden" is not 401: still signed in');
      // The server ended the session itself: a copy of the old cookie does not get in either.
      const copy = await fetch(`${base}/api/me`, { headers: { Cookie: `PM_SESSION=${session.value}`, Accept: 'application/json' } });
      if (copy.status !== 401) throw new Error(`the old session cookie still answers ${copy.status} after signing out`);
      await page.goto('/dashboard');
      await page.waitForURL((url) => url.pathname === '/sign-in', { timeout: 10_000 });

      await signIn(page, 'leadership');
      if ((await status()) !== 200) throw new Error('GET /api/me is not 200 after signing in again');
      await expectVisible(page.getByText('Demo Leitung'), 'the name of the person signed in again');
    },
  },
  {
    name: 'j7-session-ends-while-a-form-is-open',
    async run({ newPage, axe }) {
      const page = await newPage();
      await signIn(page, 'desk.officer2', { next: '/agreements/new' });
      await expectHeading(page, 'Neues Instrument anlegen');
      const title = `E2E Sitzung abgelaufen Island ${unique()}`;
      await page.getByLabel(/^Partnerland( \*)?$/).selectOption({ label: COUNTRY.de });
      await page.getByLabel('Art des Instruments').selectOption({ label: 'Gemeinsame Absichtserklärung / MoU' });
      await page.getByLabel('Titel (deutsch)').fill(title);
      await page.getByLabel(/^Ebene der Vertragsparteien/).selectOption({ label: 'Deutschland (bilateral)' });
      await page.getByLabel(/^Status( \*)?$/).selectOption({ label: 'In Kraft' });
      // The session ends behind the form's back (8 hours over, or signed out elsewhere): the cookie is gone.
      await page.context().clearCookies({ name: 'PM_SESSION' });

      const started = Date.now();
      await page.getByRole('button', { name: 'Speichern' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Ihre Sitzung ist beendet' });
      await expectVisible(dialog, 'the dialog saying that the session ended', 10_000);
      if (Date.now() - started > 5000) throw new Error(`the refused save took ${Date.now() - started} ms to say so`);
      const text = await dialog.innerText();
      if (!/nicht gespeichert/.test(text) || !/Eingaben sind erhalten/.test(text)) throw new Error(`the dialog does not say that nothing was saved and the input is kept: ${text}`);
      if (!page.url().endsWith('/agreements/new')) throw new Error(`the page left the form: ${page.url()}`);
      if ((await page.getByLabel('Titel (deutsch)').inputValue()) !== title) throw new Error('the typed title is lost');
      await axe(page, 'session-ended');

      await dialog.getByLabel('Passwort').fill(PASSWORD);
      if ((await dialog.getByLabel('Benutzername').inputValue()) !== 'desk.officer2') await dialog.getByLabel('Benutzername').fill('desk.officer2');
      await dialog.getByRole('button', { name: 'Anmelden' }).click();
      await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
      if ((await page.getByLabel('Titel (deutsch)').inputValue()) !== title) throw new Error('the typed title is lost after signing in again');
      await page.getByRole('button', { name: 'Speichern' }).click();
      await page.waitForURL(/\/agreements\/\d+$/);
      await expectHeading(page, title, 'the instrument saved after signing in again');
    },
  },
  {
    name: 'j8-country-without-instruments',
    async run({ newPage, axe, api }) {
      const page = await newPage();
      await signIn(page, 'desk.officer', { next: '/countries/TV' });
      await crashed(page);
      await expectHeading(page, 'Tuvalu', 'the page of a country without instruments');
      await expectVisible(page.getByText('Für dieses Land sind noch keine Instrumente erfasst.'), 'the empty state of a country without instruments');
      const create = page.getByRole('link', { name: 'Instrument für Tuvalu anlegen' });
      await expectVisible(create, 'the link to record an instrument for the country');
      await axe(page, 'country-empty');
      await create.click();
      await page.waitForURL(/\/agreements\/new\?country=TV$/);
      await expectHeading(page, 'Neues Instrument anlegen');
      // The country list arrives after the form: wait for it before reading the choice.
      await page.getByLabel(/^Partnerland( \*)?$/).locator('option[value="TV"]').waitFor({ state: 'attached' });
      const chosen = await page.getByLabel(/^Partnerland( \*)?$/).inputValue();
      if (chosen !== 'TV') throw new Error(`the new instrument form has "${chosen}" as partner country, expected TV from the country page`);

      // Leaving the form with input asks first; staying keeps the input.
      await page.getByLabel('Titel (deutsch)').fill('E2E Entwurf Tuvalu');
      await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Partnerländer' }).click();
      const leave = page.getByRole('dialog', { name: 'Ungespeicherte Eingaben verwerfen?' });
      await expectVisible(leave, 'the question before leaving a form with unsaved input');
      await leave.getByRole('button', { name: 'Auf der Seite bleiben' }).click();
      if ((await page.getByLabel('Titel (deutsch)').inputValue()) !== 'E2E Entwurf Tuvalu') throw new Error('staying on the form lost the input');
      if (!/\/agreements\/new/.test(page.url())) throw new Error(`staying on the form left it for ${page.url()}`);

      // The archive dialog opens on the safe choice and Escape gives focus back to the button that opened it.
      const { content } = await api('GET', '/api/agreements?size=1');
      await page.getByLabel('Titel (deutsch)').fill('');
      await page.goto(`/agreements/${content[0].id}`);
      const archive = page.getByRole('button', { name: 'Archivieren', exact: true });
      await archive.click();
      const dialog = page.getByRole('dialog', { name: 'Instrument archivieren?' });
      await expectVisible(dialog, 'the archive dialog');
      if (!(await dialog.getByRole('button', { name: 'Abbrechen' }).evaluate((el) => el === document.activeElement))) {
        throw new Error('the archive dialog does not open with focus on "Abbrechen"');
      }
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      if (!(await archive.evaluate((el) => el === document.activeElement))) throw new Error('Escape in the archive dialog does not return focus to "Archivieren"');

      // Leadership reads the same page without the create link.
      const reader = await newPage();
      await signIn(reader, 'leadership', { next: '/countries/TV' });
      await expectVisible(reader.getByText('Für dieses Land sind noch keine Instrumente erfasst.'), 'the empty state for leadership');
      if (await reader.getByRole('link', { name: /anlegen/ }).count()) throw new Error('leadership is offered to create an instrument');

      // A wrong address is a not-found page inside the layout, not a crash.
      await reader.goto('/gibt-es-nicht/42');
      await expectHeading(reader, 'Seite nicht gefunden', 'the not-found page');
      await expectVisible(reader.getByRole('navigation', { name: 'Hauptnavigation' }), 'the navigation on the not-found page');
    },
  },
  {
    name: 'j9-reflow-390-640',
    async run({ newPage, api, axe, problem }) {
      const list = await api('GET', '/api/agreements?size=1');
      const id = list.content[0].id;
      const screens = {
        'desk.officer': [
          ['/dashboard', 'Lagebild Digitalklauseln', (p) => p.getByRole('table', { name: 'Rangliste der Partnerländer nach Bewertung' })],
          ['/agreements', 'Instrumente', (p) => p.getByRole('table', { name: 'Instrumente der Migrationspartnerschaften' })],
          [`/agreements/${id}`, /./, (p) => p.getByRole('heading', { name: 'Angaben' })],
          [`/agreements/${id}/edit`, 'Instrument bearbeiten', (p) => p.getByLabel('Titel (deutsch)')],
          [`/agreements/${id}/assessment`, 'Digitalklauseln bewerten', (p) => p.getByRole('article').first()],
          ['/agreements/new', 'Neues Instrument anlegen', (p) => p.getByLabel('Titel (deutsch)')],
          ['/countries', 'Partnerländer', (p) => p.getByRole('table').first()],
          ['/countries/KE', 'Kenia', (p) => p.getByRole('heading', { name: /^Instrumente/ })],
          ['/countries/KE/scorecard', 'Scorecard Kenia', (p) => p.getByRole('heading', { name: 'Rote Flaggen' }).or(p.getByRole('heading', { level: 2 }).first())],
          ['/compare?countries=KE,MA', 'Länder vergleichen', (p) => p.getByRole('table', { name: 'Vergleich der Länder' })],
          ['/reviews', 'Prüfungen (Vier-Augen-Prinzip)', (p) => p.getByRole('heading', { name: 'Bewertungen, die auf Ihre Prüfung warten' })],
        ],
        admin: [
          ['/audit', 'Änderungsprotokoll', (p) => p.getByRole('table', { name: 'Änderungsprotokoll' })],
        ],
        leadership: [
          ['/dashboard', 'Lagebild Digitalklauseln', (p) => p.getByRole('table', { name: 'Rangliste der Partnerländer nach Bewertung' })],
        ],
      };
      /** Screens that must have no axe finding at every width (issue 10). */
      const axeAt = { '/dashboard': 'dashboard', '/reviews': 'review-queue', '/audit': 'audit' };
      for (const [user, list] of Object.entries(screens)) {
        const page = await newPage();
        await signIn(page, user, { next: '/dashboard' });
        for (const width of [390, 640, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          for (const [path, h1, ready] of list) {
            await openScreen(page, path, h1, ready);
            await crashed(page);
            if (width < 1280) {
              try {
                await expectNoSidewaysScroll(page, `${path} for ${user}`);
              } catch (e) {
                problem(e.message);
              }
              if (width === 390) await page.screenshot({ path: new URL(`reflow-${user}-${path.replace(/[^a-z0-9]+/gi, '_')}-${width}.png`, shots).pathname, fullPage: true });
            }
            if (axeAt[path] && user !== 'leadership') await axe(page, `${axeAt[path]}-${width}`);
          }
        }
      }
    },
  },
  {
    // An administrator manages an account from creation to a lifted lock, and prepares a catalogue draft up
    // to the publish confirmation. The e2e data dir is kept between runs (unless E2E_FRESH=1), so the
    // journey cancels the publication: publishing would replace the demo catalogue the other journeys rate
    // against. Each run leaves one new account and one draft behind, both with unique names.
    name: 'j10-admin-accounts-catalogue',
    async run({ newPage, axe, base }) {
      const page = await newPage();
      const shot = (name) => page.screenshot({ path: fileURLToPath(new URL(`./target/admin-${name}.png`, import.meta.url)), fullPage: true });
      const noSideways = async (what) => {
        for (const width of [640, 390]) {
          await page.setViewportSize({ width, height: 900 });
          // The screen's own content, in <main>: the header and navigation reflow is checked with the layout.
          const wide = await page.evaluate((w) => [...document.querySelectorAll('main *')]
            .filter((e) => e.getBoundingClientRect().right > w + 1 && !e.closest('.visually-hidden'))
            .slice(0, 3).map((e) => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(e.getBoundingClientRect().right)} px)`), width);
          if (wide.length) throw new Error(`${what} is wider than ${width} px: ${wide.join(', ')}`);
          if (width === 390) await shot(`${what}-390`);
        }
        await page.setViewportSize({ width: 1280, height: 900 });
      };
      const notice = (text) => expectVisible(page.getByRole('status').filter({ hasText: text }), `the notice "${text}"`);
      // After a write the list is read again and the forms start afresh with the new version; if that lands while the
      // journey types, the input is gone (a person would see it go and type again): type, let the reads settle, check.
      const typeUntilKept = async (what, type, kept) => {
        for (let attempt = 1; ; attempt++) {
          await type();
          await page.waitForLoadState('networkidle');
          if (await kept()) return;
          if (attempt === 3) throw new Error(`the ${what} form was reset three times while typing`);
        }
      };
      await signIn(page, 'admin');
      const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
      await nav.getByRole('link', { name: 'Benutzerkonten' }).click();
      await expectHeading(page, 'Benutzerkonten');

      const u = unique();
      const username = `e2e.${u}`;
      const name = `E2E Konto ${u}`;
      const action = (label) => page.getByRole('button', { name: new RegExp(`^${esc(label)}\\s*– ${esc(name)}$`) });
      await page.getByRole('button', { name: '+ Neues Konto' }).click();
      const create = page.getByRole('form', { name: 'Neues Konto' });
      await create.getByLabel(/^Benutzername/).fill(username);
      await create.getByLabel(/^Anzeigename/).fill(name);
      await create.getByRole('checkbox', { name: 'Leitung' }).check();
      await create.getByLabel(/^Passwort/).fill('zu kurz');
      await create.getByRole('button', { name: 'Konto anlegen' }).click();
      await expectVisible(create.getByRole('alert').getByRole('link', { name: /^Passwort:/ }), 'the password error in the summary');
      if ((await create.getByLabel(/^Passwort/).getAttribute('aria-invalid')) !== 'true') throw new Error('the password field is not marked invalid');
      await axe(page, 'accounts-error');
      await create.getByLabel(/^Passwort/).fill('ein langes Startpasswort');
      await create.getByRole('button', { name: 'Konto anlegen' }).click();
      await notice(`Das Konto von ${name} wurde angelegt.`);
      const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(esc(name)) }) });

      await action('Bearbeiten').click();
      const edit = page.getByRole('form', { name: `Konto von ${name} bearbeiten` });
      await edit.getByRole('checkbox', { name: 'Fachreferat' }).check();
      await edit.getByRole('checkbox', { name: 'Leitung' }).uncheck();
      await edit.getByRole('button', { name: 'Änderungen speichern' }).click();
      const rolesDialog = page.getByRole('dialog', { name: `Rollen von ${name} entziehen?` });
      await expectVisible(rolesDialog.filter({ hasText: 'Leitung' }), 'the confirmation naming the removed role');
      await rolesDialog.getByRole('button', { name: 'Ja, Rollen entziehen' }).click();
      await notice(`Die Änderungen am Konto von ${name} wurden gespeichert.`);
      await expectVisible(card.filter({ hasText: 'Fachreferat' }), 'the new role on the card');

      await action('Deaktivieren').click();
      await page.getByRole('dialog', { name: `Konto von ${name} deaktivieren?` }).getByRole('button', { name: 'Ja, deaktivieren' }).click();
      await notice(`Das Konto von ${name} wurde deaktiviert.`);
      await expectVisible(card.filter({ hasText: 'Deaktiviert' }), 'the disabled state');
      await action('Aktivieren').click();
      await notice(`Das Konto von ${name} wurde aktiviert.`);
      await page.waitForLoadState('networkidle');

      const reset = page.getByRole('form', { name: `Passwort von ${name} zurücksetzen` });
      await typeUntilKept('password', async () => {
        if (!(await reset.isVisible())) await action('Passwort zurücksetzen').click();
        await reset.getByLabel(/^Neues Passwort/).fill('ein neues langes Passwort');
      }, async () => await reset.isVisible() && await reset.getByLabel(/^Neues Passwort/).inputValue() === 'ein neues langes Passwort');
      await reset.getByRole('button', { name: 'Neues Passwort setzen' }).click();
      await notice(`Das Passwort von ${name} wurde zurückgesetzt`);
      const login = (password) => fetch(`${base}/login`, {
        method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify({ username, password }),
      }).then((r) => r.status);
      if ((await login('ein neues langes Passwort')) !== 200) throw new Error('the reset password does not sign in');

      for (let i = 0; i < 5; i++) await login('falsches Passwort');
      await page.reload();
      await expectVisible(card.filter({ hasText: 'Anmeldung gesperrt' }), 'the lock on the card');
      await axe(page, 'accounts');
      await noSideways('accounts');
      await action('Sperre aufheben').click();
      await notice(`Die Anmeldesperre von ${name} wurde aufgehoben.`);
      if ((await login('ein neues langes Passwort')) !== 200) throw new Error('the account still cannot sign in after the lock was lifted');

      await nav.getByRole('link', { name: 'Kriterienkatalog' }).click();
      await expectHeading(page, 'Kriterienkatalog');
      await axe(page, 'catalogs');
      await noSideways('catalogs');
      const label = `E2E-Entwurf ${u}`;
      await page.getByLabel(/^Bezeichnung/).fill(label);
      await page.getByRole('button', { name: 'Entwurf anlegen' }).click();
      await expectHeading(page, `Katalogversion „${label}“`);

      const criterion = CORE[0].de;
      await page.getByRole('button', { name: new RegExp(`^Bearbeiten\\s*– ${esc(criterion)}$`) }).click();
      const form = page.getByRole('form', { name: `${criterion} bearbeiten` });
      const question = form.getByRole('group', { name: 'Prüffrage' });
      const questionEn = await question.getByLabel(/^Englisch/).inputValue();
      await question.getByLabel(/^Englisch/).fill('');
      await form.getByRole('button', { name: 'Kriterium speichern' }).click();
      await expectVisible(form.getByRole('alert').getByRole('link', { name: /^Prüffrage \(englisch\):/ }), 'the English question error in the summary');
      await question.getByLabel(/^Englisch/).fill(questionEn);
      await question.getByLabel(/^Deutsch/).fill('Enthält das Instrument eine Datenschutzklausel? (E2E)');
      await form.getByRole('group', { name: 'Stufe 0' }).getByLabel(/^Deutsch/).fill('Keine Datenschutzklausel.');
      // The first legal basis (GDPR Art. 5(1)) gets its German gist.
      const reference = form.getByRole('group', { name: /^Rechtsgrundlage 1\b/ });
      await expectVisible(reference.getByLabel(/^Rechtsakt/), 'the instrument field of the first legal basis');
      if ((await reference.getByLabel(/^Rechtsakt/).inputValue()) !== 'GDPR (EU) 2016/679') throw new Error('the first legal basis of DP-BASE is not GDPR (EU) 2016/679');
      await reference.getByRole('group', { name: 'Kerngehalt' }).getByLabel(/^Deutsch/)
        .fill('Grundsätze (Rechtmäßigkeit, Zweckbindung, Datenminimierung, Richtigkeit, Speicherbegrenzung, Integrität und Vertraulichkeit)');
      await axe(page, 'catalog-criterion-form');
      await form.getByRole('button', { name: 'Kriterium speichern' }).click();
      await notice('wurden gespeichert');
      // The draft is read again after the save and its forms start afresh; wait for that before typing into the next one.
      await page.waitForLoadState('networkidle');

      const profile = page.getByRole('form', { name: /^Profil Ausgewogen \(Standard\)/ });
      const inputs = profile.getByRole('spinbutton');
      const rationaleDe = profile.getByRole('group', { name: 'Begründung' }).getByLabel(/^Deutsch/);
      let typed = [];
      await typeUntilKept('profile', async () => {
        const [a, b] = [Number(await inputs.nth(0).inputValue()), Number(await inputs.nth(1).inputValue())];
        typed = [String(Math.round((a - 0.05) * 100) / 100), String(Math.round((b + 0.05) * 100) / 100)];
        await inputs.nth(0).fill(typed[0]);
        await inputs.nth(1).fill(typed[1]);
        await rationaleDe.fill(`${await rationaleDe.inputValue()} (E2E)`);
      }, async () => await inputs.nth(0).inputValue() === typed[0] && await inputs.nth(1).inputValue() === typed[1]
        && (await rationaleDe.inputValue()).endsWith('(E2E)'));
      await profile.getByRole('button', { name: 'Gewichte speichern' }).click();
      await notice('Die Gewichte des Profils Ausgewogen (Standard) wurden gespeichert.');
      if (!(await profile.getByRole('group', { name: 'Begründung' }).getByLabel(/^Deutsch/).inputValue()).endsWith('(E2E)')) {
        throw new Error('the German rationale of the profile was not kept');
      }

      const rule = page.getByRole('form', { name: 'Prüfregel BIOMETRICS_DP_BASE' });
      const ruleDe = rule.getByLabel(/^Deutsch/);
      await ruleDe.fill(`${await ruleDe.inputValue()} (E2E)`);
      await rule.getByRole('button', { name: /^Beschreibung speichern/ }).click();
      await notice('Die Beschreibung der Prüfregel BIOMETRICS_DP_BASE wurde gespeichert.');
      await axe(page, 'catalog-draft');
      await noSideways('catalog-draft');

      await page.getByRole('button', { name: 'Veröffentlichen' }).click();
      const dialog = page.getByRole('dialog', { name: `„${label}“ veröffentlichen?` });
      await expectVisible(dialog.filter({ hasText: '1 Kriterium geändert' }), 'the summary of changed criteria');
      await expectVisible(dialog.filter({ hasText: '2 Gewichte geändert' }), 'the summary of changed weights');
      await expectVisible(dialog.filter({ hasText: new RegExp(`${esc(criterion)} \\(DP-BASE\\): Prüffrage \\(deutsch\\)`) }), 'the changed fields of the criterion');
      const item = (text) => dialog.getByRole('listitem').filter({ hasText: text });
      await expectVisible(dialog.getByRole('heading', { name: 'Rechtsgrundlagen bei 1 Kriterium geändert' }), 'the summary of changed legal bases');
      await expectVisible(item(`${criterion} (DP-BASE): GDPR (EU) 2016/679, Art. 5(1) geändert`), 'the changed legal basis by instrument and provision');
      await expectVisible(dialog.getByRole('heading', { name: 'Begründung von 1 Profil geändert' }), 'the summary of changed rationales');
      await expectVisible(item(/^Ausgewogen \(Standard\)$/), 'the profile with the changed rationale, named in words');
      await expectVisible(item(/^Ausgewogen \(Standard\) – /).first(), 'the changed weights, the profile named in words');
      await expectVisible(dialog.getByRole('heading', { name: '1 Prüfregel neu beschrieben' }), 'the summary of changed gating rules');
      await expectVisible(item(/^BIOMETRICS_DP_BASE: .*\(E2E\)$/), 'the changed gating rule with its new German description');
      await axe(page, 'catalog-publish');
      await shot('catalog-publish');
      await dialog.getByRole('button', { name: 'Abbrechen' }).click();
      if (await dialog.isVisible()) throw new Error('the publish dialog stays open after Abbrechen');
    },
  },
  {
    // Every screen in German, as desk officer, second desk officer (review queue), leadership and administrator:
    // no English UI text, raw enum values, field names or timestamps (e2e/ui-language.mjs). Content in another
    // language is marked with lang (WCAG 3.1.2) and skipped; names and codes are allow-listed.
    name: 'j11-german-everywhere',
    async run({ newPage, api, problem }) {
      const catalog = await api('GET', '/api/criteria');
      const allow = [
        'Partnerschaftsmonitor', 'desk.officer2', 'desk.officer', 'devcoop.reviewer', 'leadership', 'admin', 'English',
        'Scorecard', 'Dashboard', 'MoU', 'ISO', 'URL', 'A4', 'PDF', 'ID', 'criteria.json 0.1', 'axe-core', // the seeded catalogue's name, a tool's name
        ...catalog.criteria.map((c) => c.id), ...catalog.groups.map((g) => g.code),
      ];
      // An instrument with a history of enum, list, source and date changes, and a submitted rating.
      const title = `E2E Sprachprüfung ${unique()}`;
      const created = await api('POST', '/api/agreements', {
        countryIso2: 'SN', type: 'MOU', titleDe: title, partyLevel: 'DE_BILATERAL', status: 'NEGOTIATING',
        components: ['SKILLED_LABOUR'], sources: [{ url: 'https://example.org/e2e-sprache', title: 'Pressemitteilung' }],
      });
      const updated = await api('PUT', `/api/agreements/${created.id}`, {
        ...created, version: created.version, status: 'IN_FORCE', type: 'TREATY', dateSigned: '2025-03-04', dateInForce: '2025-04-01',
        components: ['SKILLED_LABOUR', 'VISA_FACILITATION'], involvedMinistries: ['BMI', 'AA'], leadMinistry: 'BMAS', textPublic: true,
        sources: [{ url: 'https://example.org/e2e-sprache', title: 'Pressemitteilung', field: 'status', accessedOn: '2025-04-02' }],
      });
      const core = catalog.criteria.find((c) => c.core);
      await api('PUT', `/api/agreements/${created.id}/assessments/${core.id}`, {
        level: 2, confidence: 'MEDIUM',
        evidence: { reference: 'Art. 5 Abs. 2', quote: 'Les données sont traitées aux seules fins du présent accord.', source: 'Abkommenstext', asOf: '2025-04-01' },
      });
      const rated = await ratings(api, created.id);
      await api('POST', `/api/agreements/${created.id}/assessments/${core.id}/submit`, { version: rated.get(core.id).version });
      const id = updated.id;

      const failures = [];
      const check = async (page, screen, lang = 'de') => {
        await page.locator('main h1, h2:text("Unexpected Application Error!")').first().waitFor().catch(() => {});
        await page.waitForLoadState('networkidle').catch(() => {});
        await page.getByText(/Wird geladen|Loading/).first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => {});
        const texts = await page.evaluate(collectTexts, lang);
        const found = findForeign(texts, { lang, allow });
        if (found.length) failures.push(`${screen} (${new URL(page.url()).pathname}): ${found.length} ${lang === 'de' ? 'English' : 'German'} or raw:\n    ${found.join('\n    ')}`);
        return found;
      };

      const page = await newPage();
      await page.goto('/sign-in');
      await expectHeading(page, 'Anmelden', 'the sign-in heading');
      // The detector must catch a planted English string, or this journey proves nothing.
      await page.evaluate(() => { const p = document.createElement('p'); p.id = 'planted'; p.textContent = 'Save the rating'; document.querySelector('main').append(p); });
      if (!findForeign(await page.evaluate(collectTexts, 'de'), { lang: 'de', allow }).some((f) => f.includes('planted'))) {
        throw new Error('the English-text detector did not catch the planted string "Save the rating"');
      }
      await page.evaluate(() => document.getElementById('planted').remove());
      await check(page, 'sign-in');
      await page.getByLabel('Benutzername').fill('desk.officer');
      await page.getByLabel('Passwort').fill('falsch');
      await page.getByRole('button', { name: 'Anmelden' }).click();
      await page.getByRole('alert').first().waitFor().catch(() => {});
      await check(page, 'sign-in with wrong password');

      await signIn(page, 'desk.officer', { next: '/agreements' });
      const screens = [
        ['instrument list', '/agreements'],
        ['instrument list, archived shown', '/agreements?archived=true'],
        ['instrument detail with history', `/agreements/${id}`],
        ['seeded instrument detail', '/agreements/16'],
        ['instrument edit', `/agreements/${id}/edit`],
        ['new instrument', '/agreements/new'],
        ['assessment', `/agreements/${id}/assessment`],
        ['assessment of a seeded instrument', '/agreements/16/assessment'],
        ['country list', '/countries'],
        ['country detail', '/countries/SN'],
        ['scorecard', '/countries/SN/scorecard'],
        ['scorecard with drafts', '/countries/SN/scorecard?drafts=true'],
        ['compare', '/compare?countries=SN,RW'],
        ['dashboard', '/dashboard'],
        ['print view', '/countries/SN/scorecard/print'],
        ['unknown instrument', '/agreements/99999999'],
        ['not found', '/gibt-es-nicht'],
      ];
      for (const [name, path] of screens) {
        await page.goto(path);
        await check(page, name);
      }
      // Parts that open on demand: the empty form's errors, a rating form, evidence and the calculation.
      await page.goto('/agreements/new');
      await page.getByRole('button', { name: 'Speichern' }).click();
      await page.getByRole('alert').first().waitFor().catch(() => {});
      await check(page, 'new instrument with errors');
      await page.goto(`/agreements/${id}/assessment`);
      const edit = page.getByRole('button', { name: /^Bewertung bearbeiten\s*:/ });
      if (await edit.count()) await edit.first().click();
      await check(page, 'assessment with a rating form open');
      const englishGists = await page.locator('.legal-references [lang="en"]').allTextContents();
      if (englishGists.length) failures.push(`rating form: ${englishGists.length} English gists of legal bases:\n    ${englishGists.join('\n    ')}`);
      await page.goto('/countries/SN/scorecard');
      for (const b of await page.getByRole('button', { name: /Beleg anzeigen|Wie wird das berechnet/ }).all()) await b.click().catch(() => {});
      await check(page, 'scorecard with evidence and calculation open');

      for (const [user, path, name] of [['desk.officer2', '/reviews', 'review queue'], ['leadership', '/dashboard', 'dashboard (leadership)'],
        ['admin', '/audit', 'audit log'], ['admin', `/audit?entity=agreement&entityId=${id}`, 'audit log of the instrument'],
        ['admin', '/accounts', 'accounts'], ['admin', '/catalogs', 'catalogue versions'], ['admin', '/catalogs/1', 'catalogue version'],
        ['admin', '/feedback?show=all', 'accessibility feedback']]) {
        const p = await newPage();
        await signIn(p, user, { next: path });
        await check(p, name);
        if (path === '/catalogs/1') {
          // Version 1's legal bases have German gists (V111): none of them is shown in English, marked lang="en".
          for (const d of await p.locator('details summary').all()) await d.click().catch(() => {});
          const gists = p.locator('.legal-references li');
          if (!(await gists.count())) failures.push('catalogue version: no legal bases shown');
          const english = await p.locator('.legal-references [lang="en"]').allTextContents();
          if (english.length) failures.push(`catalogue version: ${english.length} English gists:\n    ${english.join('\n    ')}`);
        }
        if (path === '/accounts') {
          await p.getByRole('button', { name: /^Neues Konto|Konto anlegen/ }).first().click().catch(() => {});
          await check(p, 'accounts, new account form');
        }
        if (path === '/catalogs') {
          // A draft (never published here) shows the editing forms: criteria with legal bases, weights, rationales, gating rules.
          await p.getByLabel(/^Bezeichnung/).fill(`E2E-Sprachprüfung ${unique()}`);
          await p.getByRole('button', { name: 'Entwurf anlegen' }).click();
          await p.getByRole('button', { name: /^Bearbeiten\s*–/ }).first().click();
          for (const d of await p.locator('details summary').all()) await d.click().catch(() => {});
          await check(p, 'catalogue draft with a criterion form open');
        }
        if (path === '/feedback?show=all') {
          await p.getByRole('button', { name: /^Bearbeiten|Als erledigt markieren/ }).first().waitFor({ timeout: 2000 }).catch(() => {});
        }
        if (user === 'desk.officer2') {
          const ret = p.getByRole('button', { name: /^Zurückgeben/ });
          if (await ret.count()) {
            await ret.first().click();
            await p.getByRole('button', { name: 'Mit Begründung zurückgeben' }).first().click().catch(() => {});
            await check(p, 'review queue, return without comment');
          }
        }
        await p.context().close();
      }

      // The accessibility statement with its feedback form, signed out, also with the form's errors.
      const anon = await newPage();
      await anon.goto('/accessibility');
      await check(anon, 'accessibility statement');
      await anon.getByRole('button', { name: 'Nachricht senden' }).click();
      await anon.locator('.field-error').first().waitFor({ timeout: 5000 }).catch(() => {});
      await check(anon, 'accessibility statement, feedback form with errors');
      await anon.goto('/easy-language');
      await check(anon, 'easy language');
      await anon.context().close();

      // Lighter check: the same screens in English show no German UI words.
      await page.getByRole('button', { name: 'English', exact: true }).click();
      for (const [name, path] of screens.slice(0, 13)) {
        await page.goto(path);
        await check(page, `${name} in English`, 'en');
      }
      await page.getByRole('button', { name: 'Deutsch', exact: true }).click();
      for (const f of failures) problem(f);
    },
  },
  {
    name: 'j-import-dry-run-and-import',
    async run({ newPage, axe, api }) {
      const page = await newPage();
      await signIn(page, 'desk.officer');
      await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Import' }).click();
      await expectHeading(page, 'Instrumente importieren');
      const ref = `E2E-IMP-${unique()}`;
      const title = `E2E Import ${ref}`;
      const header = 'Externe Referenz;Partnerland;Art des Instruments;Titel (deutsch);Ebene der Vertragsparteien;Status;Unterzeichnet am;In Kraft seit\n';
      const input = page.getByLabel('Datei (CSV oder XLSX)');
      // A faulty file first: the report names the row, the field's label and the rule, and nothing can be imported.
      await input.setInputFiles({ name: 'fehler.csv', mimeType: 'text/csv',
        buffer: Buffer.from(`\uFEFF${header}${ref};Island;Migrationsabkommen;${title};Deutschland (bilateral);In Kraft;01.03.2025;01.01.2025\n`) });
      await page.getByRole('button', { name: 'Datei prüfen' }).click();
      const table = page.getByRole('table', { name: /Fehler nach Zeile und Feld/ });
      await expectVisible(table, 'the table of mistakes');
      await expectVisible(table.getByRole('cell', { name: 'In Kraft seit' }), 'the field label "In Kraft seit" in the report');
      await axe(page, 'import-report');
      await page.screenshot({ path: new URL('import-report.png', shots).pathname, fullPage: true });
      if (await page.getByRole('button', { name: 'Importieren' }).isEnabled()) throw new Error('"Importieren" is offered for a faulty file');
      // The corrected file: checked, confirmed, imported.
      await input.setInputFiles({ name: 'instrumente.csv', mimeType: 'text/csv',
        buffer: Buffer.from(`\uFEFF${header}${ref};Island;Migrationsabkommen;${title};Deutschland (bilateral);In Kraft;01.03.2025;01.06.2025\n`) });
      await page.getByRole('button', { name: 'Datei prüfen' }).click();
      await expectVisible(page.getByText('Keine Fehler gefunden. Sie können die Datei jetzt importieren.'), 'the report without mistakes');
      await page.getByRole('button', { name: 'Importieren' }).click();
      await page.getByRole('button', { name: 'Ja, importieren' }).click();
      await expectVisible(page.getByText(/Import abgeschlossen: 1 angelegt/), 'the message that the import is complete');
      await page.screenshot({ path: new URL('import-done.png', shots).pathname, fullPage: true });
      const found = await api('GET', `/api/agreements?q=${encodeURIComponent(ref)}`);
      const list = found.content ?? [];
      if (!list.some((a) => a.titleDe === title || a.title === title)) throw new Error(`the imported instrument ${ref} is not in the list: ${JSON.stringify(found).slice(0, 300)}`);
    },
  },
  {
    // Demo seed: the fictitious Musterland is rated, approved and marked "fiktiv" wherever it shows.
    name: 'j-demo-musterland-fictitious',
    async run({ newPage, axe }) {
      const page = await newPage();
      await signIn(page, 'leadership', { next: '/dashboard' });
      await expectHeading(page, 'Lagebild Digitalklauseln');
      const ranking = page.getByRole('table', { name: 'Rangliste der Partnerländer nach Bewertung' });
      const row = ranking.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Musterland \(fiktiv\)/ }) });
      await expectVisible(row, 'Musterland in the ranking', 15_000);
      await expectVisible(row.locator('.badge--fictitious', { hasText: /^fiktiv$/ }), 'the "fiktiv" badge of Musterland in the ranking');
      const cells = await row.first().getByRole('cell').allInnerTexts();
      if (!/^\d+$/.test((cells[1] ?? '').trim())) throw new Error(`the ranking shows "${cells[1]}" as Musterland's score: its approved ratings are missing`);
      if (/^\d+$/.test((cells[0] ?? '').trim())) throw new Error(`the fictitious Musterland takes rank ${cells[0]} among real countries`);
      const others = ranking.getByRole('row').filter({ hasNot: page.getByRole('rowheader', { name: /Musterland/ }) });
      if (await others.locator('.badge--fictitious').count()) throw new Error('a real country in the ranking carries the "fiktiv" badge');

      await row.first().getByRole('link', { name: /Musterland/ }).click();
      await page.waitForURL(/\/countries\/QM\/scorecard$/);
      await expectHeading(page, 'Scorecard Musterland (fiktiv) fiktiv', 'the scorecard heading with its "fiktiv" badge');
      await expectVisible(page.getByRole('note').filter({ hasText: 'Musterland und seine Instrumente sind erfunden' }), 'the notice that Musterland is fictitious');
      const inForce = page.getByRole('table', { name: 'Wirksame Instrumente' });
      const instruments = inForce.getByRole('row').filter({ has: page.getByRole('rowheader') });
      if ((await instruments.count()) !== 3) throw new Error(`Musterland's scorecard lists ${await instruments.count()} instruments in force, expected 3`);
      if ((await inForce.locator('.badge--fictitious').count()) !== 3) throw new Error('not every instrument of Musterland carries the "fiktiv" badge');
      const criteria = page.getByRole('table', { name: 'Bestes Niveau je Kriterium und das Instrument, das es liefert' });
      await expectVisible(criteria.getByRole('row', { name: /Datenschutz-Grundklausel/ }).getByText('Stufe 3 von 3'), 'DP-BASE at level 3 from the fictitious treaty');
      await axe(page, 'scorecard-musterland');

      await page.goto('/countries/QM');
      await expectHeading(page, 'Musterland (fiktiv) fiktiv', 'the country heading with its "fiktiv" badge');
      await page.goto('/agreements?country=QM');
      const list = page.getByRole('table', { name: 'Instrumente der Migrationspartnerschaften' });
      await expectVisible(list, 'the list of Musterland\'s instruments');
      if ((await list.locator('tbody .badge--fictitious').count()) !== 3) throw new Error('the instruments list does not mark all three of Musterland\'s instruments "fiktiv"');
      await list.getByRole('link', { name: /Migration, Mobilität und Rückkehr/ }).click();
      await expectVisible(page.getByRole('heading', { level: 1 }).locator('.badge--fictitious'), 'the "fiktiv" badge on the instrument page');
      await expectVisible(page.getByRole('note').filter({ hasText: 'erfunden' }), 'the fictitious notice on the instrument page');

      await page.goto('/compare?countries=QM,KE');
      await expectVisible(page.getByRole('table', { name: 'Vergleich der Länder' }).locator('thead .badge--fictitious'), 'the "fiktiv" badge in the comparison');
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await page.goto('/countries/QM/scorecard');
      await expectHeading(page, 'Scorecard Musterland (fictitious) fictitious', 'the English scorecard heading with its "fictitious" badge');
      await page.getByRole('button', { name: 'Deutsch', exact: true }).click();
      await page.goto('/countries/QM/scorecard');
      await expectHeading(page, 'Scorecard Musterland (fiktiv) fiktiv');
    },
  },
  {
    name: 'j12-accessibility-feedback',
    async run({ newPage }) {
      // Signed out, from the statement linked on every page: the form sends a message, the administrator handles it.
      const text = `E2E Barriere ${unique()}: Die Legende der Weltkarte ist mit dem Bildschirmleser nicht lesbar.`;
      const page = await newPage();
      await page.goto('/sign-in');
      await page.getByRole('link', { name: 'Erklärung zur Barrierefreiheit' }).click();
      await expectHeading(page, 'Erklärung zur Barrierefreiheit', 'the statement');
      const form = page.getByRole('form', { name: 'Barriere melden' });
      await form.getByRole('button', { name: 'Nachricht senden' }).click();
      const message = form.getByLabel(/^Ihre Nachricht/);
      await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA', null, { timeout: 5000 });
      if ((await message.getAttribute('aria-invalid')) !== 'true') throw new Error('an empty message is not marked as invalid');
      await message.fill(text);
      await form.getByLabel('Betroffene Seite').fill('/dashboard');
      await form.getByRole('button', { name: 'Nachricht senden' }).click();
      await page.getByRole('status').filter({ hasText: 'Ihre Nachricht ist angekommen' }).waitFor();
      if ((await message.inputValue()) !== '') throw new Error('the form keeps the sent message');
      await page.screenshot({ path: 'target/j12-feedback-sent.png', fullPage: true });
      await page.context().close();

      const admin = await newPage();
      await signIn(admin, 'admin', { next: '/dashboard', axe: false });
      await admin.getByRole('navigation', { name: /Hauptnavigation|Haupt/ }).getByRole('link', { name: 'Rückmeldungen Barrierefreiheit' }).click()
        .catch(async () => admin.getByRole('link', { name: 'Rückmeldungen Barrierefreiheit' }).first().click());
      await expectHeading(admin, 'Rückmeldungen zur Barrierefreiheit', 'the feedback screen');
      const item = admin.getByRole('listitem').filter({ hasText: text });
      await item.waitFor();
      await item.getByRole('button', { name: 'Als erledigt markieren' }).click();
      await admin.getByRole('status').filter({ hasText: 'als erledigt markiert' }).waitFor();
      if (await admin.getByRole('listitem').filter({ hasText: text }).count()) throw new Error('a handled message is still listed as open');
      await admin.getByLabel('Anzeigen').selectOption('handled');
      await admin.getByRole('listitem').filter({ hasText: text }).getByText(/Erledigt am .* von admin/).waitFor();
      if (!new URL(admin.url()).search.includes('show=handled')) throw new Error('the filter is not in the URL');
      await admin.screenshot({ path: 'target/j12-feedback-admin.png', fullPage: true });
    },
  },
  {
    // Issue 12: a desk officer finds an instrument of a desk on the Fristen screen by the desk filter, follows
    // it, takes the calendar URL (whose feed answers iCalendar without a session) and revokes it (then 404).
    name: 'j12-deadlines-calendar',
    async run({ newPage, axe, api, problem }) {
      const desk = `Referat E2E-${unique()}`;
      const title = `E2E Fristen Kenia ${unique()}`;
      const due = berlinDay(10);
      const created = await api('POST', '/api/agreements', {
        countryIso2: 'KE', type: 'MOU', titleDe: title, partyLevel: 'DE_BILATERAL', status: 'SIGNED',
        responsibleDesk: desk, nextReviewDue: due, components: ['SKILLED_LABOUR'],
      });
      const page = await newPage();
      await signIn(page, 'desk.officer', { next: '/dashboard' });
      await page.getByRole('navigation').getByRole('link', { name: 'Fristen' }).click();
      await expectHeading(page, 'Fristen');
      await page.getByLabel('Referat').fill(desk);
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      await page.waitForURL(/desk=/);
      const soon = page.getByRole('region', { name: /In den nächsten 30 Tagen/ });
      await expectVisible(soon.getByRole('link', { name: title }), 'the instrument under "In den nächsten 30 Tagen"');
      await expectVisible(page.getByText('1 Frist', { exact: true }), 'the count "1 Frist"');
      await axe(page, 'deadlines');
      await page.screenshot({ path: new URL('deadlines-filtered.png', shots).pathname, fullPage: true });

      await page.getByRole('button', { name: 'Kalender-Adresse anzeigen' }).click();
      const field = page.getByLabel('Adresse Ihres Kalender-Abos');
      await expectVisible(field, 'the calendar URL');
      const url = await field.inputValue();
      const feed = await fetch(url);
      const ics = (await feed.text()).replace(/\r\n /g, '');
      if (feed.status !== 200 || !(feed.headers.get('content-type') ?? '').startsWith('text/calendar')) {
        throw new Error(`the calendar feed answered ${feed.status} ${feed.headers.get('content-type')}`);
      }
      if (!ics.includes(`SUMMARY:Überprüfung fällig: ${title} (Kenia)`) || !ics.includes(`/agreements/${created.id}`)) {
        problem('the calendar feed lacks the instrument\'s event or its link');
      }
      for (const width of [390, 640]) {
        await page.setViewportSize({ width, height: 900 });
        try {
          await expectNoSidewaysScroll(page, `/deadlines at ${width}px`);
        } catch (e) {
          problem(e.message);
        }
      }
      await page.screenshot({ path: new URL('deadlines-calendar-390.png', shots).pathname, fullPage: true });
      await page.setViewportSize({ width: 1280, height: 900 });

      await page.getByRole('button', { name: 'Abo widerrufen' }).click();
      await page.getByRole('dialog', { name: 'Kalender-Abo widerrufen?' }).getByRole('button', { name: 'Ja, widerrufen' }).click();
      await expectVisible(page.getByText('Das Kalender-Abo wurde widerrufen.'), 'the notice that the feed was revoked');
      const gone = await fetch(url);
      if (gone.status !== 404) throw new Error(`the revoked feed answered ${gone.status}`);

      await soon.getByRole('link', { name: title }).click();
      await page.waitForURL(new RegExp(`/agreements/${created.id}$`));

      // The planned date: the form offers it only while the instrument is planned or in negotiation; once it has
      // passed, "Fristen" lists the negotiation as overdue under "Geplanter Abschluss".
      const planned = `E2E Verhandlung Kenia ${unique()}`;
      const negotiation = await api('POST', '/api/agreements', {
        countryIso2: 'KE', type: 'TREATY', titleDe: planned, partyLevel: 'DE_BILATERAL', status: 'SIGNED',
        responsibleDesk: desk, components: ['SKILLED_LABOUR'],
      });
      await page.goto(`/agreements/${negotiation.id}`);
      await expectHeading(page, planned, 'the instrument to be put back into negotiation');
      await page.getByRole('link', { name: 'Bearbeiten', exact: true }).click();
      await expectHeading(page, 'Instrument bearbeiten');
      if (await page.getByLabel('Geplanter Abschluss').count()) problem('the form offers a planned date for a signed instrument');
      await page.getByLabel(/^Status( \*)?$/).selectOption({ label: 'In Verhandlung' });
      const plannedField = page.getByLabel('Geplanter Abschluss');
      await expectVisible(plannedField, 'the field "Geplanter Abschluss" of an instrument in negotiation');
      const past = berlinDay(-3);
      await plannedField.fill(past);
      await axe(page, 'agreement-edit-planned-date');
      await page.screenshot({ path: new URL('agreement-planned-date.png', shots).pathname, fullPage: true });
      await page.getByRole('button', { name: 'Speichern' }).click();
      await page.waitForURL(new RegExp(`/agreements/${negotiation.id}$`));
      const [y, m, d] = past.split('-');
      await expectVisible(page.getByText(`${d}.${m}.${y}`, { exact: true }), `the planned date ${d}.${m}.${y} on the instrument's page`);

      await page.getByRole('navigation').getByRole('link', { name: 'Fristen' }).click();
      await expectHeading(page, 'Fristen');
      await page.getByLabel('Referat').fill(desk);
      await page.getByRole('button', { name: 'Filter anwenden' }).click();
      await page.waitForURL(/desk=/);
      const overdue = page.getByRole('region', { name: /Überfällig/ });
      const row = overdue.getByRole('row').filter({ has: page.getByRole('link', { name: planned }) });
      await expectVisible(row, 'the negotiation under "Überfällig"');
      const text = await row.innerText();
      if (!text.includes('Geplanter Abschluss') || !text.includes('seit 3 Tagen überfällig')) {
        problem(`the overdue negotiation reads "${text.replace(/\s+/g, ' ')}", not "Geplanter Abschluss … seit 3 Tagen überfällig"`);
      }
      await expectVisible(page.getByText('2 Fristen', { exact: true }), 'the count "2 Fristen"');
      await axe(page, 'deadlines-planned-date');
      await page.screenshot({ path: new URL('deadlines-planned-date.png', shots).pathname, fullPage: true });
    },
  },
  {
    // Documents (issue 11): paste a text on an instrument's page, read it with its table of articles, follow a deep link.
    name: 'j-docs-upload-read-deeplink',
    async run({ newPage, axe, api }) {
      const created = await api('POST', '/api/agreements', {
        countryIso2: 'IS', type: 'TREATY', titleDe: `E2E Dokumente Island ${unique()}`, partyLevel: 'DE_BILATERAL', status: 'SIGNED',
      });
      const page = await newPage();
      await signIn(page, 'desk.officer', { next: `/agreements/${created.id}` });
      await expectVisible(page.getByRole('heading', { level: 2, name: 'Dokumente' }), 'the "Dokumente" section');
      const form = page.getByRole('form', { name: 'Dokument hinzufügen' });
      await form.getByRole('radio', { name: 'Text einfügen' }).check();
      await form.getByLabel('Text', { exact: true }).fill([
        'Abkommen (fiktiver Testtext)', 'Artikel 1', 'Gegenstand', 'Dieses Abkommen regelt die Zusammenarbeit.',
        'Artikel 7', 'Datenschutz', '(1) Daten werden zweckgebunden verarbeitet.', '(2) Eine unabhängige Aufsicht überwacht die Verarbeitung.',
      ].join('\n'));
      await form.getByLabel('Einstufung').selectOption('VS_NFD');
      await form.getByLabel('Titel (freiwillig)').fill('Testabkommen');
      await form.getByRole('button', { name: 'Hochladen' }).click();
      await expectVisible(page.getByRole('status').filter({ hasText: 'Das Dokument „Testabkommen“ wurde gespeichert.' }), 'the saved notice');
      const table = page.getByRole('table', { name: 'Dokumente des Instruments' });
      await expectVisible(table.getByText('VS – NUR FÜR DEN DIENSTGEBRAUCH'), 'the VS-NfD marking in the list');
      await axe(page, 'agreement-documents');
      await table.getByRole('link', { name: '„Testabkommen“ lesen' }).click();
      await expectHeading(page, 'Testabkommen');
      const toc = page.getByRole('navigation', { name: 'Inhaltsübersicht' });
      await expectVisible(toc.getByRole('link', { name: 'Art. 7 – Datenschutz' }), 'the table of articles');
      await axe(page, 'document-reader');
      const docUrl = new URL(page.url());
      // A deep link as the passage finder will make it: /instruments/{id}/documents/{docId}#art_7__para_2.
      await page.goto(`${docUrl.pathname}#art_7__para_2`);
      const passage = page.locator('#art_7__para_2');
      await expectVisible(passage, 'the passage art_7__para_2');
      await page.waitForFunction(() => document.getElementById('art_7__para_2')?.classList.contains('is-target'), null, { timeout: 5000 })
        .catch(() => { throw new Error('the deep-linked passage is not highlighted'); });
      const focused = await page.evaluate(() => document.activeElement?.id);
      if (focused !== 'art_7__para_2') throw new Error(`focus is on ${focused}, not on the deep-linked passage`);
      const inView = await passage.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; });
      if (!inView) throw new Error('the deep-linked passage is not scrolled into view');
      await page.setViewportSize({ width: 390, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
      if (overflow) throw new Error('the reader scrolls sideways at 390 px');
    },
  },
  {
    // Passages as evidence (issue 11): a desk officer reads an instrument's text, takes a passage of a VS-NfD document as
    // evidence before choosing a level, finds a German compound on the search page; a reviewer opens the passage in place.
    name: 'j-passages-evidence-review',
    async run({ newPage, axe, api }) {
      const u = unique();
      const title = `E2E Textstellen Island ${u}`;
      const docTitle = `Textstellen-Abkommen ${u}`;
      const MARKING = 'VS – NUR FÜR DEN DIENSTGEBRAUCH';
      const created = await api('POST', '/api/agreements', {
        countryIso2: 'IS', type: 'TREATY', titleDe: title, partyLevel: 'DE_BILATERAL', status: 'SIGNED',
      });
      const page = await newPage();
      await signIn(page, 'desk.officer', { next: `/agreements/${created.id}` });
      const form = page.getByRole('form', { name: 'Dokument hinzufügen' });
      await form.getByRole('radio', { name: 'Text einfügen' }).check();
      await form.getByLabel('Text', { exact: true }).fill([
        'Abkommen (fiktiver Testtext)', 'Artikel 1', 'Gegenstand', 'Dieses Abkommen regelt die Zusammenarbeit im Rahmen des Gesundheitsfachkräfteprogramms.',
        'Artikel 2', 'Datenschutz', '(1) Die Vertragsparteien schützen personenbezogene Daten nach den Datenschutzbestimmungen beider Seiten.',
        '(2) Eine unabhängige Aufsichtsbehörde überwacht die Verarbeitung.',
      ].join('\n'));
      await form.getByLabel('Sprache (ISO 639-1)').fill('de');
      await form.getByLabel('Datum der Fassung').fill('2025-03-01');
      await form.getByLabel('Einstufung').selectOption('VS_NFD');
      await form.getByLabel('Titel (freiwillig)').fill(docTitle);
      await form.getByRole('button', { name: 'Hochladen' }).click();
      await expectVisible(page.getByRole('status').filter({ hasText: `Das Dokument „${docTitle}“ wurde gespeichert.` }), 'the saved notice');
      const table = page.getByRole('table', { name: 'Dokumente des Instruments' });
      await expectVisible(table.getByRole('row').filter({ hasText: docTitle }).getByText(MARKING), 'the VS-NfD marking in the list of documents');

      // The reader: table of articles and a deep link to a paragraph.
      await table.getByRole('link', { name: `„${docTitle}“ lesen` }).click();
      await expectHeading(page, docTitle);
      await expectVisible(page.getByText(MARKING), 'the VS-NfD marking in the reader');
      const toc = page.getByRole('navigation', { name: 'Inhaltsübersicht' });
      await expectVisible(toc.getByRole('link', { name: 'Art. 2 – Datenschutz' }), 'the table of articles');
      const docPath = new URL(page.url()).pathname;
      await page.goto(`${docPath}#art_2__para_1`);
      await page.waitForFunction(() => document.getElementById('art_2__para_1')?.classList.contains('is-target'), null, { timeout: 5000 })
        .catch(() => { throw new Error('the deep-linked passage art_2__para_1 is not highlighted'); });

      // The rating form: the passage panel is there before a level is chosen.
      await page.goto(`/agreements/${created.id}/assessment`);
      const c = { id: 'DP-BASE', de: 'Datenschutz-Grundklausel' };
      const article = criterionArticle(page, c);
      await article.getByRole('button', { name: /^Bewertung bearbeiten\s*:/ }).click();
      const rating = page.getByRole('form', { name: `Bewertung bearbeiten: ${c.de}` });
      if (!(await rating.getByRole('radio', { name: 'Noch nicht bewertet' }).isChecked())) throw new Error('the criterion is already rated');
      await rating.getByRole('button', { name: /^Textstellen in den Dokumenten\s*:/ }).click();
      const candidate = rating.getByRole('listitem').filter({ hasText: 'Art. 2 Abs. 1' }).filter({ hasText: docTitle });
      await expectVisible(candidate, 'the candidate passage Art. 2 Abs. 1');
      const marked = await candidate.locator('mark').allInnerTexts();
      if (!marked.length) throw new Error('the candidate passage has no highlighted matched terms');
      await expectVisible(candidate.getByText(MARKING), 'the VS-NfD marking of the candidate passage');
      await expectVisible(candidate.getByText(/^Gefunden über/), 'which keywords matched');
      await axe(page, 'passage-panel');
      await candidate.getByRole('button', { name: 'Als Beleg übernehmen' }).click();
      const evidence = rating.getByRole('group', { name: 'Beleg' });
      const quote = await evidence.getByLabel(/^Zitat/).inputValue();
      if (!quote.includes('personenbezogene Daten')) throw new Error(`the quote is "${quote}", not the passage`);
      if ((await evidence.getByLabel(/^Fundstelle/).inputValue()) !== 'Art. 2 Abs. 1') throw new Error('the reference is not the citation');
      await expectVisible(evidence.getByText(MARKING), 'the VS-NfD marking with the taken quote');
      await rating.getByRole('radio', { name: /^Stufe 2\b/ }).check();
      await rating.getByLabel(/^Sicherheit der Bewertung/).selectOption('HIGH');
      await rating.getByRole('button', { name: 'Bewertung speichern' }).click();
      await expectVisible(article.getByRole('status').filter({ hasText: `Die Bewertung von „${c.de}“ wurde gespeichert.` }), 'the saved notice');
      await page.screenshot({ path: new URL('passages-rating.png', shots).pathname, fullPage: true });
      const saved = (await ratings(api, created.id)).get(c.id);
      if (saved?.evidence?.documentId == null || saved.evidence.anchor !== 'art_2__para_1' || saved.evidence.marking !== MARKING) {
        throw new Error(`the saved evidence does not keep the passage and its marking: ${JSON.stringify(saved?.evidence)}`);
      }
      await submitForReview(page, [c]);
      await expectReviewStates(api, created.id, { [c.id]: 'SUBMITTED' }, 'after submitting');

      // The search page finds a part of a German compound in the document.
      await page.goto('/search');
      await page.getByLabel('Suchbegriff').fill('Fachkräfteprogramm');
      await page.getByRole('button', { name: 'Suchen' }).click();
      const hit = page.getByRole('listitem').filter({ hasText: title }).filter({ hasText: 'Art. 1' });
      await expectVisible(hit, 'the search hit in Art. 1 of the document (Gesundheitsfachkräfteprogramms)');
      await expectVisible(hit.first().getByText(MARKING), 'the VS-NfD marking of the search hit');
      const found = await hit.first().locator('mark').allInnerTexts();
      if (!found.some((m) => /fachkräfteprogramm/i.test(m))) throw new Error(`the hit highlights ${JSON.stringify(found)}, not the compound`);
      await axe(page, 'search-page');

      // The reviewer opens the passage in place.
      const reviewer = await newPage();
      await signIn(reviewer, 'desk.officer2', { next: '/reviews' });
      const card = reviewer.getByRole('list', { name: 'Zur Prüfung eingereichte Bewertungen' }).getByRole('listitem').filter({ hasText: title });
      await expectVisible(card, 'the submitted rating in the review queue');
      await expectVisible(card.getByText(MARKING).first(), 'the VS-NfD marking with the quote in the review queue');
      await card.getByRole('button', { name: /^Textstelle hier anzeigen\s*: Art\. 2 Abs\. 1$/ }).click();
      const region = card.getByRole('region', { name: 'Textstelle Art. 2 Abs. 1' });
      await expectVisible(region.getByText('personenbezogene Daten', { exact: false }), 'the passage text in place');
      await expectVisible(region.getByText(MARKING), 'the marking of the document in place');
      const link = region.getByRole('link', { name: /^Textstelle im Dokument öffnen/ });
      if ((await link.getAttribute('href')) !== `${docPath}#art_2__para_1`) throw new Error(`the reader link is ${await link.getAttribute('href')}`);
      await axe(reviewer, 'review-passage-in-place');
      await reviewer.screenshot({ path: new URL('passages-review.png', shots).pathname, fullPage: true });
      await card.getByRole('button', { name: /^Freigeben\s*:/ }).click();
      await reviewer.getByRole('dialog', { name: 'Bewertung freigeben?' }).getByRole('button', { name: 'Freigeben', exact: true }).click();
      await expectReviewStates(api, created.id, { [c.id]: 'APPROVED' }, 'after approving');
      const approved = (await ratings(api, created.id)).get(c.id).approved;
      if (approved?.evidence?.anchor !== 'art_2__para_1' || approved.evidence.marking !== MARKING) {
        throw new Error(`the approved evidence lost its passage or marking: ${JSON.stringify(approved?.evidence)}`);
      }
    },
  },
  {
    // Exports and briefs (issue 12): the "Exportieren" links (CSV and Excel) of the instrument list with a filter, the
    // ranking, a scorecard's criteria, the audit log and the review queue, downloaded in the browser and read; the
    // country and comparison briefs as one-page PDFs; the instrument list once more in English; the links by keyboard.
    name: 'j-exports-and-briefs-download',
    async run({ newPage, axe, api }) {
      const mark = `E2E Export ${unique()}`;
      await api('POST', '/api/agreements', { countryIso2: 'IS', type: 'MOU', titleDe: `${mark} in Kraft`, partyLevel: 'DE_BILATERAL', status: 'IN_FORCE' });
      await api('POST', '/api/agreements', { countryIso2: 'IS', type: 'TREATY', titleDe: `${mark} geplant`, partyLevel: 'DE_BILATERAL', status: 'PLANNED' });

      // The instrument list, filtered by search text and status: reached by keyboard, downloaded with Enter.
      const desk = await newPage();
      // When this journey runs first, the app has only just started (and warms its libraries): give the first page time.
      await desk.goto('/sign-in', { timeout: 60_000 });
      await signIn(desk, 'desk.officer', { next: `/agreements?q=${encodeURIComponent(mark)}&status=IN_FORCE` });
      const list = desk.getByRole('table', { name: 'Instrumente der Migrationspartnerschaften' });
      await expectVisible(list.getByText(`${mark} in Kraft`), 'the filtered instrument in the list');
      const group = desk.getByRole('group', { name: 'Instrumente exportieren' });
      const csvLink = group.getByRole('link', { name: 'CSV – Instrumente exportieren' });
      const xlsxLink = group.getByRole('link', { name: 'Excel (XLSX) – Instrumente exportieren' });
      await expectVisible(csvLink, 'the labelled CSV link of the instrument list');
      await tabTo(desk, csvLink, 'the CSV link of the instrument list');
      const csv = await downloaded(desk, () => desk.keyboard.press('Enter'));
      expectCsv(csv, 'instrumente', 'ID;Partnerland;Art des Instruments;Titel (deutsch);', [`${mark} in Kraft`], [`${mark} geplant`]);
      if (csv.lines.length !== 2) throw new Error(`the filtered CSV has ${csv.lines.length - 1} rows, not 1: ${csv.lines.join(' / ')}`);
      await tabTo(desk, xlsxLink, 'the Excel link of the instrument list');
      const xlsx = await downloaded(desk, () => desk.keyboard.press('Enter'));
      await expectXlsx(xlsx, 'instrumente', ['Titel (deutsch)', 'Art des Instruments', `${mark} in Kraft`, 'In Kraft'], [`${mark} geplant`]);
      await axe(desk, 'agreements-export');

      // The review queue (its export whatever the queue holds: the headings are German).
      await desk.goto('/reviews');
      await expectHeading(desk, 'Prüfungen (Vier-Augen-Prinzip)');
      const reviews = await downloaded(desk, () => desk.getByRole('link', { name: 'CSV – Prüfungen exportieren' }).click());
      expectCsv(reviews, 'pruefungen', 'Instrument;Partnerland;Kriterium;Kennung des Kriteriums;Stufe;');
      await expectXlsx(downloaded(desk, () => desk.getByRole('link', { name: 'Excel (XLSX) – Prüfungen exportieren' }).click()),
        'pruefungen', ['Instrument', 'Kriterium', 'Verfasst von']);

      // The same list in English: English headings, words and file name.
      await desk.goto(`/agreements?q=${encodeURIComponent(mark)}&status=IN_FORCE`);
      await desk.getByRole('button', { name: 'English', exact: true }).click();
      const english = await downloaded(desk, () => desk.getByRole('link', { name: 'CSV – Export instruments' }).click());
      expectCsv(english, 'instruments', 'ID,Partner country,Type of instrument,Title (German),', [`${mark} in Kraft`, 'In force'], [`${mark} geplant`]);
      await expectXlsx(downloaded(desk, () => desk.getByRole('link', { name: 'Excel (XLSX) – Export instruments' }).click()),
        'instruments', ['Title (German)', 'Memorandum of understanding (MoU)', `${mark} in Kraft`]);
      await desk.getByRole('button', { name: 'Deutsch', exact: true }).click();

      // Leadership: the ranking, Iceland's scorecard criteria and brief, the comparison brief.
      const lead = await newPage();
      await signIn(lead, 'leadership', { next: '/dashboard' });
      await expectVisible(lead.getByRole('table', { name: 'Rangliste der Partnerländer nach Bewertung' }), 'the ranking');
      expectCsv(await downloaded(lead, () => lead.getByRole('link', { name: 'CSV – Rangliste exportieren' }).click()), 'rangliste', 'Rang;Land;Region;Bewertung;');
      await expectXlsx(downloaded(lead, () => lead.getByRole('link', { name: 'Excel (XLSX) – Rangliste exportieren' }).click()),
        'rangliste', ['Rang', 'Abdeckung', 'Warnhinweise']);
      await lead.goto(`/countries/${COUNTRY.iso2}/scorecard`);
      await expectHeading(lead, `Scorecard ${COUNTRY.de}`);
      const criteria = await downloaded(lead, () => lead.getByRole('link', { name: 'CSV – Kriterien der Scorecard exportieren' }).click());
      // Each criterion by its name, as the screen shows it, then by its catalogue code.
      expectCsv(criteria, 'scorecard-kriterien', 'Kriterium;Kennung des Kriteriums;Kernkriterium;Bewertungsstand;Bestes Niveau;', [`${CORE[0].de};${CORE[0].id};Ja;`]);
      await expectXlsx(downloaded(lead, () => lead.getByRole('link', { name: 'Excel (XLSX) – Kriterien der Scorecard exportieren' }).click()),
        'scorecard-kriterien', ['Kriterium', 'Bestes Niveau', CORE[0].de, CORE[0].id]);
      await axe(lead, 'scorecard-export');
      const brief = await downloaded(lead, () => lead.getByRole('button', { name: 'Länderkurzbericht (PDF)' }).click(), 60_000);
      expectPdf(brief, new RegExp(`^laenderkurzbericht-${COUNTRY.iso2}-${today()}\\.pdf$`));
      await lead.goto(`/compare?countries=${COUNTRY.iso2},MA`);
      await expectVisible(lead.getByRole('table', { name: 'Vergleich der Länder' }), 'the comparison table');
      const comparison = await downloaded(lead, () => lead.getByRole('button', { name: 'Vergleich als Kurzbericht (PDF)' }).click(), 60_000);
      expectPdf(comparison, /\.pdf$/);

      // The audit log, filtered by the person: only desk.officer's entries.
      const admin = await newPage();
      await signIn(admin, 'admin', { next: '/audit?actor=desk.officer' });
      await expectVisible(admin.getByRole('table', { name: 'Änderungsprotokoll' }), 'the audit log');
      const audit = await downloaded(admin, () => admin.getByRole('link', { name: 'CSV – Protokoll exportieren' }).click());
      expectCsv(audit, 'protokoll', 'Zeitpunkt;Benutzer;Aktion;Objektart;Objekt-ID;Änderungen', [`${mark} in Kraft`]);
      const actors = new Set(audit.lines.slice(1).map((l) => l.split(';')[1]));
      if (actors.size !== 1 || !actors.has('desk.officer')) throw new Error(`the audit export filtered by desk.officer holds ${[...actors].join(', ')}`);
      await expectXlsx(downloaded(admin, () => admin.getByRole('link', { name: 'Excel (XLSX) – Protokoll exportieren' }).click()),
        'protokoll', ['Zeitpunkt', 'Benutzer', 'desk.officer']);
    },
  },
  {
    // Open data (issue 12): an administrator publishes a release in the browser and downloads its Frictionless package;
    // the package holds datapackage.json with a codebook and CSV files, and nothing fictitious or internal.
    name: 'j-open-data-release',
    async run({ newPage, axe }) {
      const admin = await newPage();
      await signIn(admin, 'admin', { next: '/open-data' });
      await expectHeading(admin, 'Offene Daten');
      await admin.getByRole('button', { name: 'Neue Veröffentlichung' }).click();
      const dialog = admin.getByRole('dialog', { name: 'Neue Veröffentlichung erstellen?' });
      await dialog.getByRole('button', { name: 'Ja, veröffentlichen' }).click();
      const notice = admin.getByRole('status').filter({ hasText: /^Veröffentlichung \d+ wurde erstellt\.$/ });
      await expectVisible(notice, 'the published notice');
      const id = (await notice.innerText()).match(/\d+/)[0];
      const table = admin.getByRole('table', { name: 'Veröffentlichungen, neueste zuerst' });
      await expectVisible(table.getByRole('link', { name: `ZIP der Veröffentlichung ${id}` }), 'the new release in the list');
      await axe(admin, 'open-data');
      const zip = await downloaded(admin, () => table.getByRole('link', { name: `ZIP der Veröffentlichung ${id}` }).click());
      const entries = await unzip(zip.bytes);
      const names = [...entries.keys()];
      const descriptor = [...entries].find(([n]) => n.endsWith('datapackage.json'));
      if (!descriptor) throw new Error(`the package has no datapackage.json: ${names.join(', ')}`);
      const pkg = JSON.parse(descriptor[1]);
      if (!Array.isArray(pkg.resources) || pkg.resources.length === 0) throw new Error('datapackage.json lists no resources');
      for (const r of pkg.resources) {
        if (!names.some((n) => n.endsWith(r.path))) throw new Error(`the resource ${r.path} is not in the package`);
        if (!r.schema?.fields?.length) throw new Error(`the resource ${r.path} has no codebook (schema fields)`);
      }
      const csv = [...entries].filter(([n]) => n.endsWith('.csv')).map(([, x]) => x).join('\n');
      if (!csv) throw new Error('the package has no CSV file');
      for (const leak of ['Musterland', 'desk.officer', 'devcoop.reviewer']) {
        if (csv.includes(leak)) throw new Error(`the published CSV holds "${leak}"`);
      }
    },
  },
];
