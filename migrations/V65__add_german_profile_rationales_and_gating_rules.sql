-- The remaining catalogue texts in German: the rationales of the weighting profiles and the gating rules of version 1,
-- translated faithfully. Weights, caps and rules stay as they are; other versions get the text where their English one
-- is still that of version 1. Noted in the history of version 1 like the questions and levels (V61).
ALTER TABLE weighting_profiles ADD COLUMN rationale_de VARCHAR(1000) NULL AFTER rationale;
ALTER TABLE gating_rules ADD COLUMN description_de VARCHAR(1000) NULL AFTER description_en;

UPDATE weighting_profiles SET rationale_de = 'Standardprofil. Der Datenschutzkern wiegt am schwersten, weil jede Partnerschaft mit Rückübernahme personenbezogene Daten austauscht; der Kapazitätsaufbau bleibt sichtbar, wie es das Ausgangspapier empfiehlt.' WHERE catalog_version_id = 1 AND code = 'balanced';
UPDATE weighting_profiles SET rationale_de = 'Für Abkommen mit Rückübernahme und biometrischer Identifizierung (z. B. Kenia, Indien): Risiken bei Übermittlung, Zweckbindung und biometrischen Daten überwiegen.' WHERE catalog_version_id = 1 AND code = 'return_readmission_focus';
UPDATE weighting_profiles SET rationale_de = 'Für MoU zur Fachkräfteeinwanderung (z. B. Philippinen): Anwerbeplattformen, Matching-Algorithmen, Nichtdiskriminierung und die Kapazitäten des Partnerlands fallen stärker ins Gewicht.' WHERE catalog_version_id = 1 AND code = 'labour_mobility_focus';
UPDATE weighting_profiles SET rationale_de = 'Wo KI-Werkzeuge (Vorprüfung, Risikobewertung, Identifizierung) finanziert oder eingesetzt werden – Hochrisikobereich nach Anhang III Nummer 7 der KI-Verordnung.' WHERE catalog_version_id = 1 AND code = 'ai_deployment_focus';
UPDATE weighting_profiles SET rationale_de = 'Gleiche Gewichte wie „Ausgewogen“, jedoch ist die je Kriterium erreichbare Höchststufe bei rechtlich nicht bindenden gemeinsamen Absichtserklärungen und Arbeitsstrukturen auf 2 begrenzt, sofern sie nicht auf ein bindendes Instrument verweisen (EDSA-Leitlinien 2/2020, Rn. 65–68); die Punktzahl wird als Anteil am erreichbaren Höchstwert ausgewiesen.' WHERE catalog_version_id = 1 AND code = 'soft_instrument_normalised';

UPDATE gating_rules SET description_de = 'Ist das Thema BIOMETRICS berührt und liegt DP-BASE unter 2: Warnhinweis unabhängig von der Gesamtpunktzahl.' WHERE catalog_version_id = 1 AND code = 'BIOMETRICS_DP_BASE';
UPDATE gating_rules SET description_de = 'Ist TRANSFER-SEC = 0, obwohl erkennbar personenbezogene Daten ausgetauscht werden (Rückübernahme, Identifizierung): Warnhinweis.' WHERE catalog_version_id = 1 AND code = 'TRANSFER_SEC_READMISSION';
UPDATE gating_rules SET description_de = 'BIOMETRICS und HUMAN-OVERSIGHT dürfen mit „nicht anwendbar“ bewertet werden, wenn das Instrument das Thema nicht berührt; die Gewichte innerhalb der Gruppe werden dann neu normiert.' WHERE catalog_version_id = 1 AND code = 'NOT_APPLICABLE_RENORMALISE';
UPDATE gating_rules SET description_de = 'Instrument nicht öffentlich: Bewertung nur anhand amtlicher Zusammenfassungen, Sicherheit der Bewertung als „niedrig“ kennzeichnen (nach Angaben des BMI sind die Abkommen nicht öffentlich einsehbar, laut evangelische-zeitung.de/der-bisherige-stand-bei-migrationsabkommen).' WHERE catalog_version_id = 1 AND code = 'NOT_PUBLIC_LOW_CONFIDENCE';

UPDATE weighting_profiles p
  JOIN weighting_profiles v1 ON v1.catalog_version_id = 1 AND v1.code = p.code
   SET p.rationale_de = v1.rationale_de
 WHERE p.catalog_version_id <> 1 AND p.rationale_de IS NULL AND p.rationale = v1.rationale;

UPDATE gating_rules g
  JOIN gating_rules v1 ON v1.catalog_version_id = 1 AND v1.code = g.code
   SET g.description_de = v1.description_de
 WHERE g.catalog_version_id <> 1 AND g.description_de IS NULL AND g.description_en = v1.description_en;

INSERT INTO audit_events (actor, action, entity_type, entity_id, changes) VALUES
('migration', 'ADD_TRANSLATION', 'catalog', '1',
 '{"note": {"old": null, "value": "Deutsche Fassung der Begründungen der Gewichtungsprofile und der Prüfregeln ergänzt; keine inhaltliche Änderung"}}');

UPDATE data_generation SET generation = generation + 1 WHERE id = 1;
