-- German check questions and level descriptions for catalogue version 1 (criteria.json 0.1): a faithful translation of
-- the English text. A missing translation added is no change of a criterion: the English text, levels, weights and
-- scoring stay as they are, so the published version gets it, with a note in its history (the audit trail).
-- Other versions (drafts, later versions) get the same German text where their English text is still that of version 1.

UPDATE criteria SET question_de = 'Enthält das Instrument eine eigene Klausel, die beide Parteien verpflichtet, die in seinem Rahmen ausgetauschten personenbezogenen Daten auf einem Niveau zu schützen, das dem der DSGVO bzw. der Konvention 108+ gleichwertig ist?',
    level0_de = 'kein Bezug auf den Datenschutz',
    level1_de = 'lediglich allgemeiner Verweis auf den Datenschutz oder auf das „innerstaatliche Recht“',
    level2_de = 'eigener Artikel, der die Grundsätze (Zweckbindung, Richtigkeit, Speicherdauer, Sicherheit, Auskunft) und die zuständigen Behörden benennt',
    level3_de = 'wie Stufe 2, in einem rechtlich bindenden Instrument (vergleichbar einem Dokument nach Art. 46 Abs. 2 Buchst. a DSGVO) mit Rechtsbehelf und unabhängiger Aufsicht, oder ausdrücklicher Verweis auf ein verbindliches Übermittlungsinstrument'
 WHERE catalog_version_id = 1 AND code = 'DP-BASE';

UPDATE criteria SET question_de = 'Ist die Verwendung der ausgetauschten Daten auf die im Abkommen genannten Zwecke beschränkt, und ist eine Weiterverwendung oder Weiterübermittlung an andere Stellen nur mit vorheriger Zustimmung der übermittelnden Partei zulässig?',
    level0_de = 'keine Zweckbindung',
    level1_de = 'Zweck nur allgemein genannt',
    level2_de = 'Verwendung nur zu den Zwecken des Abkommens; Weiterübermittlung nur mit vorheriger schriftlicher Zustimmung; keine Weiterverwendung zu anderen, nicht damit zusammenhängenden Zwecken (z. B. Strafverfolgung)',
    level3_de = 'wie Stufe 2, zusätzlich Protokollierung der Übermittlungen und Verwendungen, Unterrichtungspflicht auf Ersuchen sowie Sanktion bzw. Aussetzung oder Kontrolle durch die Aufsicht'
 WHERE catalog_version_id = 1 AND code = 'PURPOSE';

UPDATE criteria SET question_de = 'Unterliegt die Einhaltung der Daten- und Digitalbestimmungen der Kontrolle durch eine unabhängige Aufsichtsbehörde oder ein unabhängiges Überwachungsgremium mit Zugangs- und Berichtsbefugnissen?',
    level0_de = 'keine',
    level1_de = '„Aufsicht nach innerstaatlichem Recht“',
    level2_de = 'benannte unabhängige Stelle (z. B. Datenschutzaufsichtsbehörde, Gremium mit unabhängiger Kontrolle), die für die übermittelten Daten zuständig ist',
    level3_de = 'wie Stufe 2, zusätzlich grenzüberschreitende Zusammenarbeit der Datenschutzaufsichtsbehörden bzw. unabhängiger Überwachungsausschuss mit Zugangsrechten und veröffentlichten Berichten'
 WHERE catalog_version_id = 1 AND code = 'INDEP-OVERSIGHT';

UPDATE criteria SET question_de = 'Finanziert die Partnerschaft den Aufbau digitaler Infrastruktur, von Datenschutzinstitutionen und von Kompetenzen im Partnerland (Herkunfts- oder Transitland), oder verpflichtet sie zu diesem Aufbau?',
    level0_de = 'keine',
    level1_de = 'allgemeine Erwähnung von Zusammenarbeit oder Schulung',
    level2_de = 'benannte Maßnahmen (z. B. Unterstützung der Datenschutzaufsichtsbehörde des Partnerlands, Personenstands- und Identitätssysteme, Programme für digitale Kompetenzen, Migrationszentren) mit Budget oder zuständigem Akteur',
    level3_de = 'wie Stufe 2, zusätzlich Zielvorgaben, Zeitplan, lokale Eigenverantwortung (Ownership) und Nachhaltigkeitsplan'
 WHERE catalog_version_id = 1 AND code = 'CAPACITY';

UPDATE criteria SET question_de = 'Zählt das Instrument die Datenkategorien auf, die ausgetauscht werden dürfen, verlangt es die Richtigkeit und Berichtigung der Daten, und legt es Grenzen der Speicherdauer und Löschpflichten fest?',
    level0_de = 'keine Regelung',
    level1_de = 'lediglich Formulierungen wie „erforderlich“ oder „verhältnismäßig“',
    level2_de = 'abschließende Liste der Datenkategorien, Berichtigung oder Vernichtung unrichtiger Daten, Speicherung „nicht länger als erforderlich“',
    level3_de = 'wie Stufe 2, zusätzlich konkrete Löschfristen oder Löschanlässe sowie nachprüfbare Löschung bzw. Audit'
 WHERE catalog_version_id = 1 AND code = 'MINIM-RET';

UPDATE criteria SET question_de = 'Besteht eine rechtmäßige Grundlage für die Übermittlung (Angemessenheitsbeschluss, verbindliches Instrument oder dokumentierte Ausnahme), und sind technische und organisatorische Sicherheitsmaßnahmen für den Übermittlungsweg festgelegt?',
    level0_de = 'Übermittlungen vorausgesetzt, aber weder Rechtsgrundlage noch Sicherheitsvorkehrungen',
    level1_de = 'allgemeine Formulierung zur Datensicherheit',
    level2_de = 'Schutz vor unbefugtem Zugang, unbefugter Veränderung und unbefugter Bekanntgabe; benannter sicherer Übermittlungsweg; Protokollierung von Übermittlung und Empfang',
    level3_de = 'wie Stufe 2, zusätzlich verbindliche Übermittlungsgrundlage (Art. 46 Abs. 2 Buchst. a DSGVO) oder Angemessenheitsbeschluss, Pflicht zur Meldung von Verletzungen des Schutzes personenbezogener Daten sowie Audit'
 WHERE catalog_version_id = 1 AND code = 'TRANSFER-SEC';

UPDATE criteria SET question_de = 'Werden die betroffenen Personen informiert, können sie Auskunft über ihre Daten und deren Berichtigung verlangen sowie eine Begründung erhalten, steht ihnen ein wirksamer Beschwerde- und gerichtlicher Rechtsbehelfsweg offen, und ist das Instrument selbst veröffentlicht?',
    level0_de = 'keine',
    level1_de = 'allgemeiner Verweis auf Rechte oder auf eine Veröffentlichung',
    level2_de = 'Recht auf Auskunft, Berichtigung und Information über den Zweck; Begründungspflicht; Instrument veröffentlicht (z. B. im BGBl.)',
    level3_de = 'wie Stufe 2, zusätzlich benannter, vom Partnerland aus erreichbarer Beschwerdeweg, gerichtlicher Rechtsschutz und Schadensersatz'
 WHERE catalog_version_id = 1 AND code = 'TRANSP-REMEDY';

UPDATE criteria SET question_de = 'Sofern im Rahmen der Partnerschaft algorithmische oder KI-gestützte Werkzeuge (Risikobewertung, Vorprüfung von Anträgen, Identifizierung) eingesetzt werden: Unterliegen die Entscheidungen einer wirksamen menschlichen Überprüfung und den Pflichten der KI-Verordnung für Hochrisiko-KI-Systeme?',
    level0_de = 'kein Bezug (Stufe 0 auch dann, wenn ein KI-Einsatz naheliegt, das Instrument dazu aber schweigt)',
    level1_de = 'allgemeines Bekenntnis zu „verantwortungsvoller“ Technologie',
    level2_de = 'keine ausschließlich automatisierten Entscheidungen mit rechtlicher Wirkung; menschliche Überprüfung; Dokumentation und Kennzeichnung des KI-Einsatzes',
    level3_de = 'wie Stufe 2, zusätzlich Pflichten, die denen der KI-Verordnung gleichwertig sind (Art. 13 und 14, Grundrechte-Folgenabschätzung, Registrierung), sowie ein Weg zur Anfechtung'
 WHERE catalog_version_id = 1 AND code = 'HUMAN-OVERSIGHT';

UPDATE criteria SET question_de = 'Sofern biometrische Daten (Fingerabdrücke, Gesichtsbilder) ausgetauscht oder abgeglichen werden: Sind Rechtsgrundlage, Erforderlichkeit, Datenumfang, Speicherort, Speicherdauer und Weiterverwendung streng eingegrenzt?',
    level0_de = 'biometrische Daten werden verwendet, aber ohne Schutzvorkehrungen (fehlt das Thema: „nicht anwendbar“)',
    level1_de = 'biometrische Daten mit allgemeinem Verweis auf den Datenschutz erwähnt',
    level2_de = 'ausdrückliche Grenzen: Zweck ausschließlich Identifizierung, benannte Datenbanken, keine Speicherung durch die Partnerseite über den Abgleich hinaus, keine Weitergabe',
    level3_de = 'wie Stufe 2, zusätzlich Datenschutz-Folgenabschätzung, unabhängiges Audit sowie Abhilfe bei Fehlern und Falschtreffern'
 WHERE catalog_version_id = 1 AND code = 'BIOMETRICS';

UPDATE criteria SET question_de = 'Verbietet das Instrument die Diskriminierung (einschließlich algorithmischer Verzerrungen) von Migrantinnen und Migranten, Rückkehrenden und angeworbenen Arbeitskräften, und gewährleistet es gleiche Arbeitnehmerrechte?',
    level0_de = 'keine',
    level1_de = 'allgemeine Formulierung zu Menschenrechten oder Gleichbehandlung',
    level2_de = 'ausdrückliche Nichtdiskriminierung von Rückkehrenden und angeworbenen Arbeitskräften; gleiches Entgelt und gleiche Arbeitnehmerrechte; Prüfung digitaler Werkzeuge auf Verzerrungen (Bias)',
    level3_de = 'wie Stufe 2, zusätzlich Beschwerdemechanismus und Monitoring-Indikatoren, aufgeschlüsselt nach Geschlecht, Alter und Status'
 WHERE catalog_version_id = 1 AND code = 'NONDISC';

UPDATE criteria SET question_de = 'Vermeiden die digitalen Komponenten eine Abhängigkeit von privaten Anbietern (öffentliches Eigentum an Daten und Quellcode, offene Standards, Interoperabilität, Portabilität, Ausstiegs- und Übergabeplan, behördeneigene Kompetenzen)?',
    level0_de = 'keine',
    level1_de = 'allgemeiner Verweis auf Interoperabilität oder Nachhaltigkeit',
    level2_de = 'Vorrang für offene Standards und Open Source, Eigentum der Partnerseite an den Daten, portable Exportformate',
    level3_de = 'wie Stufe 2, zusätzlich vertraglich festgelegter Ausstiegs- bzw. Wechselplan, Übergabepflichten und Vergabebedingungen'
 WHERE catalog_version_id = 1 AND code = 'SOVEREIGNTY-EXIT';

UPDATE criteria SET question_de = 'Gibt es ein gemeinsames Gremium mit Überprüfungsmandat, festgelegte Indikatoren, eine regelmäßige Berichterstattung und eine (unabhängige) Evaluierung der Partnerschaft einschließlich ihrer digitalen Komponenten?',
    level0_de = 'keine',
    level1_de = 'gemeinsame Arbeitsgruppe erwähnt',
    level2_de = 'gemeinsame Arbeits- oder Steuerungsgruppe mit festgelegtem Sitzungsturnus und Berichterstattung; Erhebung von Daten zu den Ergebnissen',
    level3_de = 'wie Stufe 2, zusätzlich unabhängige Evaluierung (z. B. nach den OECD-DAC-Kriterien), veröffentlichte Berichte und Überprüfungs- bzw. Kündigungsklausel'
 WHERE catalog_version_id = 1 AND code = 'MONITOR-EVAL';

UPDATE criteria c
  JOIN criteria v1 ON v1.catalog_version_id = 1 AND v1.code = c.code
   SET c.question_de = CASE WHEN c.question_de IS NULL AND c.question_en = v1.question_en THEN v1.question_de ELSE c.question_de END,
       c.level0_de = CASE WHEN c.level0_de IS NULL AND c.level0 = v1.level0 THEN v1.level0_de ELSE c.level0_de END,
       c.level1_de = CASE WHEN c.level1_de IS NULL AND c.level1 = v1.level1 THEN v1.level1_de ELSE c.level1_de END,
       c.level2_de = CASE WHEN c.level2_de IS NULL AND c.level2 = v1.level2 THEN v1.level2_de ELSE c.level2_de END,
       c.level3_de = CASE WHEN c.level3_de IS NULL AND c.level3 = v1.level3 THEN v1.level3_de ELSE c.level3_de END
 WHERE c.catalog_version_id <> 1;

INSERT INTO audit_events (actor, action, entity_type, entity_id, changes) VALUES
('migration', 'ADD_TRANSLATION', 'catalog', '1',
 '{"note": {"old": null, "value": "Deutsche Fassung der Prüffragen und Stufenbeschreibungen ergänzt; keine inhaltliche Änderung"}}');

UPDATE data_generation SET generation = generation + 1 WHERE id = 1;
