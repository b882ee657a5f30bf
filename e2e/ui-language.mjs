// Finds UI text in the wrong language on a screen. collectTexts runs in the page: visible text nodes,
// aria-label, title, placeholder and alt, and the document title; it skips content marked as another
// language (lang other than the page's, WCAG 3.1.2) or as not to be translated (translate="no": names,
// codes, user-entered text). findForeign judges the collected texts with whole-word lists.

/** Common English UI words that are not also German words (so "also", "will", "status", "filter" are left out). */
const ENGLISH = new Set(`the and of with without not is are for from this that these your you has have been by or on at be
please rating ratings rated review reviews reviewer reviewed agreement agreements country countries score scores level levels
save saved saving cancel edit editing loading error errors search searching submit submitted approve approved return returned
comment comments page next previous back print sign signed filters none yes unknown draft drafts changes changed requested core
criterion criteria group groups weight weights evidence source sources title titles summary date dates created updated
archived archive restore language languages partner partners treaty memorandum understanding declaration intent working
structure ministry protection purpose limitation oversight capacity building question questions assessment assessments assessed
applicable unexpected application found missing required map legend world ranking rank compare coverage flags warning
notes profile balanced focus approval queue audit log entry entries action actions actor who when what show hide view open close
new add remove delete reset apply type types instrument's provided best gap gaps trend history empty value
values field fields names account accounts role roles password username logout login loaded failed forbidden denied
january february march april june july august september october november december feb mar apr jun jul aug sep oct nov dec
monday tuesday wednesday thursday friday saturday sunday today yesterday`.split(/\s+/).filter(Boolean));

/** German UI words that are not English (for the lighter check of the English screens). */
const GERMAN = new Set(`und der die das nicht mit von für bewertung bewertungen instrumente speichern abbrechen
bearbeiten suche fehler wird geladen land länder stufe kriterium kriterien quelle quellen prüfung zurück anmelden abmelden
ja nein keine unbekannt entwurf freigegeben eingereicht gruppe gewicht beleg zusammenfassung titel datum angelegt geändert
archiviert seite nächste vorherige alle filtern rangliste weltkarte legende vergleich drucken verlauf protokoll`.split(/\s+/).filter(Boolean));

/** Runs in the page: the texts a person meets (read or heard), with where they were found. */
export function collectTexts(pageLang) {
  const out = [];
  const skip = (el) => {
    const marked = el.closest('[lang]');
    if (marked && marked !== document.documentElement && !marked.getAttribute('lang').startsWith(pageLang)) return true;
    if (el.closest('[translate="no"]')) return true;
    return false;
  };
  const hidden = (el) => {
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      if (e.hidden || e.getAttribute('aria-hidden') === 'true' && !e.closest('svg')) return true;
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden') return true;
    }
    return false;
  };
  const where = (el) => {
    const id = el.id ? `#${el.id}` : '';
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
    return `${el.tagName.toLowerCase()}${id}${cls}`;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.nodeValue.trim();
    const el = n.parentElement;
    if (!text || !el || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName)) continue;
    if (el.tagName !== 'OPTION' && hidden(el)) continue;
    if (skip(el)) continue;
    out.push({ text, where: where(el) });
  }
  for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-description]')) {
    if (skip(el) || hidden(el)) continue;
    for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
      const v = el.getAttribute(a)?.trim();
      if (v) out.push({ text: v, where: `${where(el)}[${a}]` });
    }
  }
  // The document title repeats the h1; a heading marked as another language is content there too.
  const h1 = document.querySelector('main h1');
  const marked = h1 && [h1, ...h1.querySelectorAll('[lang], [translate]')].find((el) => skip(el));
  const title = marked ? document.title.replace(marked.textContent.trim(), '') : document.title;
  out.push({ text: title, where: 'document.title' });
  return out;
}

/**
 * The texts that show the wrong language or raw data: whole words from the other language's list,
 * raw enum values (IN_FORCE), field names (countryIso2), ISO timestamps and JSON.
 * `allow` holds proper names and codes (criterion codes, user names) that are removed before judging.
 */
export function findForeign(texts, { lang = 'de', allow = [] } = {}) {
  const words = lang === 'de' ? ENGLISH : GERMAN;
  const allowed = [...allow].sort((a, b) => b.length - a.length);
  const findings = [];
  for (const { text, where } of texts) {
    let rest = text;
    for (const a of allowed) rest = rest.split(a).join(' ');
    const reasons = [];
    // Whole tokens: letters inside a code with digits (a nonce such as mx5at4st9876) are not words.
    const hits = (rest.match(/[\p{L}\p{N}']+/gu) ?? []).filter((w) => !/\p{N}/u.test(w) && w !== w.toUpperCase() && words.has(w.toLowerCase()));
    if (hits.length) reasons.push(`words ${[...new Set(hits)].join(', ')}`);
    const enums = rest.match(/\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b|\b(?:TREATY|MOU|WORKING|PLANNED|NEGOTIATING|SIGNED|SUSPENDED|EXPIRED|TERMINATED|DRAFT|SUBMITTED|APPROVED|HIGH|MEDIUM|LOW|CREATE|UPDATE|ARCHIVE|RESTORE|AFRICA|ASIA|EUROPE|AMERICAS|OCEANIA|OTHER|EU_|NOT)\b/g);
    if (enums) reasons.push(`raw values ${[...new Set(enums)].join(', ')}`);
    const fields = rest.match(/\b[a-z]+(?:[A-Z][a-z0-9]+)+\b/g);
    if (fields) reasons.push(`field names ${[...new Set(fields)].join(', ')}`);
    if (/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(rest)) reasons.push('a raw timestamp');
    if (/[{[]\s*"/.test(rest)) reasons.push('raw JSON');
    if (reasons.length) findings.push(`${where}: "${text.length > 120 ? `${text.slice(0, 117)}…` : text}" (${reasons.join('; ')})`);
  }
  return [...new Set(findings)];
}
