"""Writes migrations/V111__add_german_gists_to_catalog_v1_legal_references.sql from seed/criteria.json.

Version 1's legal references carry an English gist only. Each criterion's whole array is replaced by the one V16 wrote
(same instrument, provision, gist, verifiedInSession, source, same order) plus the German gist, so nothing else changes.
The German gists are a faithful translation in the terms of the German texts (DSGVO, KI-Verordnung, Konvention 108+ …).
"""
import json
import pathlib

root = pathlib.Path(__file__).resolve().parents[2]
data = json.load(open(root / 'seed' / 'criteria.json', encoding='utf-8'))

# English gist -> German gist, in the order of seed/criteria.json.
GIST_DE = {
    'core principles (lawfulness, purpose limitation, minimisation, accuracy, storage limitation, integrity/confidentiality)':
        'Kerngrundsätze (Rechtmäßigkeit, Zweckbindung, Datenminimierung, Richtigkeit, Speicherbegrenzung, Integrität/Vertraulichkeit)',
    'transfers to third-country public bodies need legally binding, enforceable instrument with enforceable rights and effective remedies':
        'Übermittlungen an öffentliche Stellen in Drittländern erfordern ein rechtlich bindendes und durchsetzbares Dokument mit durchsetzbaren Rechten und wirksamen Rechtsbehelfen',
    'binding instrument should encompass core principles and data-subject rights; best to incorporate detailed data-protection clauses directly':
        'das bindende Instrument sollte die Kerngrundsätze und die Rechte der betroffenen Personen umfassen; am besten werden ausführliche Datenschutzklauseln unmittelbar aufgenommen',
    'transfers to non-Parties only with appropriate level of protection by law or legally binding safeguards':
        'Übermittlungen an Nichtvertragsparteien nur bei einem angemessenen Schutzniveau durch Rechtsvorschriften oder rechtlich bindende Garantien',
    'collection limitation, purpose specification etc.':
        'Begrenzung der Erhebung, Zweckbestimmung usw.',
    'fair and legitimate processing, purpose specification, proportionality, retention':
        'faire und legitime Verarbeitung, Zweckbestimmung, Verhältnismäßigkeit, Speicherdauer',
    'collected for specified, explicit and legitimate purposes; no incompatible further processing':
        'Erhebung für festgelegte, eindeutige und legitime Zwecke; keine mit diesen Zwecken unvereinbare Weiterverarbeitung',
    'data processed fairly for specified purposes':
        'Verarbeitung der Daten nach Treu und Glauben für festgelegte Zwecke',
    'purposes specified at collection; later use limited':
        'Zwecke bei der Erhebung festgelegt; spätere Verwendung begrenzt',
    'onward transfers to recipients not bound by the agreement should be excluded or subject to purpose limitation':
        'Weiterübermittlungen an Empfänger, die nicht an das Abkommen gebunden sind, sollten ausgeschlossen sein oder der Zweckbindung unterliegen',
    'data minimisation, accuracy, storage limitation':
        'Datenminimierung, Richtigkeit, Speicherbegrenzung',
    'data relevant, limited, adequate; retained only as necessary':
        'Daten erheblich, begrenzt, angemessen; Speicherung nur so lange wie erforderlich',
    'relevant, accurate, complete, up to date':
        'erheblich, richtig, vollständig, aktuell',
    'transfers only with adequacy or appropriate safeguards; derogations restrictive':
        'Übermittlungen nur aufgrund eines Angemessenheitsbeschlusses oder geeigneter Garantien; Ausnahmen restriktiv',
    'appropriate safeguards with enforceable rights and effective remedies':
        'geeignete Garantien mit durchsetzbaren Rechten und wirksamen Rechtsbehelfen',
    'integrity and confidentiality; security of processing (Art. 32 text not read in session)':
        'Integrität und Vertraulichkeit; Sicherheit der Verarbeitung (Wortlaut von Art. 32 DSGVO in der Sitzung nicht gelesen)',
    'MoU/administrative arrangements (46(3)(b)) require supervisory-authority authorisation and specific steps for rights and oversight':
        'MoU/Verwaltungsvereinbarungen (Art. 46 Abs. 3 Buchst. b DSGVO) bedürfen der Genehmigung durch die Aufsichtsbehörde sowie konkreter Vorkehrungen für Rechte und Aufsicht',
    'appropriate protection via law or ad hoc/standardised legally binding safeguards':
        'angemessener Schutz durch Rechtsvorschriften oder durch rechtlich bindende Ad-hoc- bzw. standardisierte Garantien',
    'compliance subject to control by an independent authority':
        'die Einhaltung wird von einer unabhängigen Stelle überwacht',
    'supervisory authorities (text of Art. 15 not read in session; Art. 11(3) references independent review)':
        'Aufsichtsbehörden (Wortlaut von Art. 15 in der Sitzung nicht gelesen; Art. 11 Abs. 3 verweist auf eine unabhängige Überprüfung)',
    'independent supervision mechanisms should monitor application of the agreement':
        'unabhängige Aufsichtsmechanismen sollten die Anwendung des Abkommens überwachen',
    "monitoring 'free from interference' incl. information sharing with partner":
        'Überwachung „frei von Einflussnahme“ einschließlich Informationsaustausch mit dem Partnerland',
    'effective remedy before a tribunal':
        'wirksamer Rechtsbehelf bei einem Gericht',
    'right of access and rectification':
        'Recht auf Auskunft und Berichtigung',
    'enforceable data subject rights and effective legal remedies for transfers':
        'durchsetzbare Rechte der betroffenen Personen und wirksame Rechtsbehelfe bei Übermittlungen',
    'rights must be listed and made effective; breaches must carry a remedy':
        'die Rechte müssen aufgeführt und wirksam gemacht werden; gegen Verstöße muss ein Rechtsbehelf bestehen',
    'judicial and non-judicial sanctions and remedies':
        'gerichtliche und außergerichtliche Sanktionen und Rechtsbehelfe',
    'right to clear and meaningful explanation of role of high-risk Annex III AI in a decision':
        'Recht auf klare und aussagekräftige Erläuterung der Rolle eines Hochrisiko-KI-Systems nach Anhang III bei einer Entscheidung',
    'right not to be subject to solely automated decisions; human intervention, contest decision':
        'Recht, keiner ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidung unterworfen zu werden; Eingreifen einer Person, Anfechtung der Entscheidung',
    'migration, asylum, border control AI (risk assessment, application examination, identification) is high-risk':
        'KI in den Bereichen Migration, Asyl und Grenzkontrolle (Risikobewertung, Prüfung von Anträgen, Identifizierung) ist hochriskant',
    'transparency/instructions for use; effective human oversight incl. ability to override/stop; accuracy/robustness':
        'Transparenz/Betriebsanleitung; wirksame menschliche Aufsicht einschließlich der Möglichkeit, außer Kraft zu setzen bzw. anzuhalten; Genauigkeit/Robustheit',
    'fundamental-rights impact assessment for public deployers; registration (third-party summary read)':
        'Grundrechte-Folgenabschätzung für öffentliche Betreiber; Registrierung (Zusammenfassung eines Dritten gelesen)',
    'right not to be subject to purely automated decision (text not read in session)':
        'Recht, keiner rein automatisierten Entscheidung unterworfen zu werden (Wortlaut in der Sitzung nicht gelesen)',
    'biometric data for unique identification is special-category data, prohibited unless Art. 9(2) exception':
        'biometrische Daten zur eindeutigen Identifizierung gehören zu den besonderen Kategorien personenbezogener Daten; untersagt, sofern keine Ausnahme nach Art. 9 Abs. 2 DSGVO vorliegt',
    'DPIA for large-scale special-category processing (not read from primary text)':
        'Datenschutz-Folgenabschätzung bei umfangreicher Verarbeitung besonderer Kategorien personenbezogener Daten (nicht im Primärtext gelesen)',
    'AI for detecting/recognising/identifying persons in migration context is high-risk':
        'KI zum Aufspüren, Erkennen oder Identifizieren von Personen im Migrationskontext ist hochriskant',
    'prohibition of discrimination on any ground':
        'Verbot der Diskriminierung gleich aus welchem Grund',
    'data governance incl. examination of possible biases (text not read in session)':
        'Daten-Governance einschließlich Untersuchung auf mögliche Verzerrungen (Bias) (Wortlaut in der Sitzung nicht gelesen)',
    'protection against discrimination of returned migrants':
        'Schutz zurückgekehrter Migrantinnen und Migranten vor Diskriminierung',
    'Filipino workers accorded same benefits and labour rights as German employees':
        'philippinischen Arbeitskräften werden dieselben Leistungen und Arbeitnehmerrechte gewährt wie deutschen Beschäftigten',
    'remove obstacles to switching; port exportable data; functional equivalence':
        'Beseitigung von Hindernissen für den Wechsel; Übertragung exportierbarer Daten; Funktionsäquivalenz',
    'interoperability standards/open specifications for data processing services':
        'Interoperabilitätsnormen/offene Spezifikationen für Datenverarbeitungsdienste',
    'use open standards, open data, open source; reuse and improve; interoperable modular design':
        'offene Standards, offene Daten und quelloffene Software nutzen; wiederverwenden und verbessern; interoperable, modulare Gestaltung',
    'right to data portability (text not read in session)':
        'Recht auf Datenübertragbarkeit (Wortlaut in der Sitzung nicht gelesen)',
    'global programme to build national capacities in data collection, analysis, dissemination':
        'globales Programm zum Aufbau nationaler Kapazitäten für die Erhebung, Analyse und Verbreitung von Daten',
    'invest in local capacity, integrate into national strategy':
        'in lokale Kapazitäten investieren, in die nationale Strategie einbinden',
    "partner capacity relevant to 'appropriate level of protection' (supervisory authority able to function)":
        'die Kapazitäten des Partnerlands sind für das „angemessene Schutzniveau“ von Bedeutung (funktionsfähige Aufsichtsbehörde)',
    'accurate, disaggregated data enabling monitoring and evaluation while protecting personal data':
        'genaue, aufgeschlüsselte Daten, die Monitoring und Evaluierung ermöglichen und zugleich personenbezogene Daten schützen',
    'relevance, coherence, effectiveness, efficiency, impact, sustainability':
        'Relevanz, Kohärenz, Effektivität, Effizienz, Wirkung, Nachhaltigkeit',
    'independent monitoring, assessment and reporting':
        'unabhängige Überwachung, Bewertung und Berichterstattung',
}


def q(value):
    return "'" + str(value).replace("\\", "\\\\").replace("'", "''") + "'"


out = ['-- Generated by seed/tools/german_gists_to_sql.py from seed/criteria.json (reference data).',
       "-- German gists of version 1's legal references: a faithful translation of the English gist. Each criterion's array is",
       '-- the one V16 wrote plus gistDe; instrument, provision, gist, verifiedInSession and source stay as they are.',
       '-- Other versions (drafts, later versions) get the German gist where a reference still has version 1\'s instrument,',
       '-- provision and English gist and no German one (like V61/V65). Noted in the history of version 1.', '']
used = set()
for c in data['criteria']:
    refs = []
    for r in c.get('legal_references', []):
        refs.append({'instrument': r.get('instrument'), 'provision': r.get('provision'), 'gist': r.get('gist'),
                     'gistDe': GIST_DE[r['gist']], 'verifiedInSession': bool(r.get('verified_in_session')),
                     'source': r.get('source_read')})
        used.add(r['gist'])
    out.append(f"UPDATE criteria SET legal_references = {q(json.dumps(refs, ensure_ascii=False))}\n"
               f" WHERE catalog_version_id = 1 AND code = {q(c['id'])};\n")
assert used == set(GIST_DE), set(GIST_DE) - used

# A reference's place may differ in another version: each place i of the other version is compared with every place j
# of version 1's criterion of the same code. One statement per place i, so a row is matched at most once per statement.
positions = max(len(c.get('legal_references', [])) for c in data['criteria']) + 4
numbers = ' UNION ALL '.join(f'SELECT {n} AS n' for n in range(positions))
for i in range(positions):
    at = f"'$[{i}]"
    out.append(f"""UPDATE criteria c
  JOIN criteria v1 ON v1.catalog_version_id = 1 AND v1.code = c.code
  JOIN ({numbers}) j
   SET c.legal_references = JSON_SET(c.legal_references, {at}.gistDe', JSON_UNQUOTE(JSON_EXTRACT(v1.legal_references, CONCAT('$[', j.n, '].gistDe'))))
 WHERE c.catalog_version_id <> 1
   AND JSON_EXTRACT(v1.legal_references, CONCAT('$[', j.n, '].gistDe')) IS NOT NULL
   AND JSON_UNQUOTE(JSON_EXTRACT(c.legal_references, {at}.gist')) = JSON_UNQUOTE(JSON_EXTRACT(v1.legal_references, CONCAT('$[', j.n, '].gist')))
   AND JSON_UNQUOTE(JSON_EXTRACT(c.legal_references, {at}.instrument')) <=> JSON_UNQUOTE(JSON_EXTRACT(v1.legal_references, CONCAT('$[', j.n, '].instrument')))
   AND JSON_UNQUOTE(JSON_EXTRACT(c.legal_references, {at}.provision')) <=> JSON_UNQUOTE(JSON_EXTRACT(v1.legal_references, CONCAT('$[', j.n, '].provision')))
   AND (JSON_EXTRACT(c.legal_references, {at}.gistDe') IS NULL OR JSON_TYPE(JSON_EXTRACT(c.legal_references, {at}.gistDe')) = 'NULL'
        OR JSON_UNQUOTE(JSON_EXTRACT(c.legal_references, {at}.gistDe')) = '');
""")

out.append("""INSERT INTO audit_events (actor, action, entity_type, entity_id, changes) VALUES
('migration', 'ADD_TRANSLATION', 'catalog', '1',
 '{"note": {"old": null, "value": "Deutsche Fassung der Kerngehalte der Rechtsgrundlagen ergänzt; keine inhaltliche Änderung"}}');

UPDATE data_generation SET generation = generation + 1 WHERE id = 1;""")
(root / 'migrations' / 'V111__add_german_gists_to_catalog_v1_legal_references.sql').write_text('\n'.join(out) + '\n', encoding='utf-8')
