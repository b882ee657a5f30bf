// Benchmark helper, run with the app jar on the class path (single-file source launch, Java 17):
//   java -cp backend/target/partnerschaftsmonitor.jar bench/Bench.java <command> ...
// Commands:
//   db    <dataDir> <port>                   run the embedded MariaDB until killed
//   seed  <jdbcUrl> <instruments>            replace the synthetic data set (SYNTH-*, "[SYNTHETISCH]")
//   docs  <jdbcUrl> <documents> [chars]      replace the synthetic documents: about chars characters each (default
//                                            50,000, some 20 pages), two per synthetic instrument (de and en)
//   jdbc  <jdbcUrl> <seconds> <clients>      the endpoints' own SQL, straight over JDBC
//   write <baseUrl> <seconds> <clients>      PUTs with the current version, one instrument set per client
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Bench {

    /** The embedded database's owner password (run.sh reads it from the data folder's database-credentials.properties). */
    static final String DB_PASSWORD = System.getenv().getOrDefault("BENCH_DB_PASSWORD", "");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "db" -> {
                de.bund.partnerschaftsmonitor.shared.db.EmbeddedDatabase.start(java.nio.file.Path.of(args[1]), Integer.parseInt(args[2]));
                System.out.println("DB READY");
                Thread.currentThread().join();
            }
            case "idrange" -> {
                try (Connection c = DriverManager.getConnection(args[1], "root", DB_PASSWORD); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT MIN(id), MAX(id) FROM agreements WHERE external_ref LIKE 'SYNTH-%'")) {
                    rs.next();
                    System.out.println(rs.getLong(1) + " " + rs.getLong(2));
                }
            }
            case "seed" -> seed(args[1], Integer.parseInt(args[2]));
            case "docs" -> docs(args[1], Integer.parseInt(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 50_000);
            case "jdbc" -> jdbc(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "write" -> write(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static final String[] TYPES = {"TREATY", "MOU", "WORKING_STRUCTURE"};
    static final String[] STATUSES = {"PLANNED", "NEGOTIATING", "SIGNED", "PROVISIONALLY_APPLIED", "IN_FORCE", "SUSPENDED", "EXPIRED", "TERMINATED"};
    static final String[] LEVELS = {"DE_BILATERAL", "EU"};
    static final String[] MINISTRIES = {"BMI", "AA", "BMAS", "BMZ", "BMFTR"};
    static final String[] COMPONENTS = {"RETURN_READMISSION", "SKILLED_LABOUR", "VISA_FACILITATION", "QUALIFICATION_TRAINING",
            "JOB_FAIRS_RECRUITMENT", "ECONOMIC_COOPERATION", "TECHNOLOGY_TRANSFER", "OTHER"};
    static final String[] WORDS = {"Migration", "Mobilität", "Fachkräfte", "Rückführung", "Ausbildung", "Visa", "Partnerschaft",
            "Digitalisierung", "Datenschutz", "Arbeitsmarkt", "Kooperation", "Rückübernahme"};

    /** Synthetic, clearly marked data: external_ref SYNTH-n, titles "[SYNTHETISCH] ...", spread over every country. */
    static void seed(String url, int n) throws Exception {
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "root", DB_PASSWORD)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // Children first: ratings, their approval snapshots and score history point at the instruments.
                s.executeUpdate("UPDATE assessments SET approved_approval_id = NULL WHERE assessed_by = 'bench'");
                s.executeUpdate("DELETE FROM assessment_approvals WHERE agreement_id IN (SELECT id FROM agreements WHERE external_ref LIKE 'SYNTH-%')");
                s.executeUpdate("DELETE FROM assessments WHERE agreement_id IN (SELECT id FROM agreements WHERE external_ref LIKE 'SYNTH-%')");
                s.executeUpdate("DELETE FROM score_history WHERE agreement_id IN (SELECT id FROM agreements WHERE external_ref LIKE 'SYNTH-%')");
                deleteDocuments(s);
                s.executeUpdate("DELETE FROM agreements WHERE external_ref LIKE 'SYNTH-%'");
                s.executeUpdate("DELETE FROM audit_events WHERE actor = 'bench-seed'");
            }
            List<String> countries = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT iso2 FROM countries ORDER BY iso2")) {
                while (rs.next()) {
                    countries.add(rs.getString(1));
                }
            }
            Random r = new Random(42);
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO agreements (external_ref, country_iso2, type, title_de, title_en, summary_en, party_level, lead_ministry,
                      involved_ministries, status, date_signed, date_in_force, text_public)
                    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)""", Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < n; i++) {
                    String w1 = WORDS[r.nextInt(WORDS.length)], w2 = WORDS[r.nextInt(WORDS.length)];
                    int year = 2000 + r.nextInt(25);
                    ps.setString(1, "SYNTH-" + i);
                    ps.setString(2, countries.get(i % countries.size()));
                    ps.setString(3, TYPES[r.nextInt(TYPES.length)]);
                    ps.setString(4, "[SYNTHETISCH] " + w1 + "sabkommen " + w2 + " Nr. " + i);
                    ps.setString(5, "[SYNTHETIC] " + w1 + " agreement no. " + i);
                    ps.setString(6, "[SYNTHETISCH] Erzeugte Testdaten für Lastmessungen, keine reale Vereinbarung. " + w1 + " und " + w2 + ".");
                    ps.setString(7, LEVELS[r.nextInt(LEVELS.length)]);
                    ps.setString(8, MINISTRIES[r.nextInt(MINISTRIES.length)]);
                    ps.setString(9, "[\"" + MINISTRIES[r.nextInt(MINISTRIES.length)] + "\"]");
                    ps.setString(10, STATUSES[r.nextInt(STATUSES.length)]);
                    ps.setDate(11, java.sql.Date.valueOf(year + "-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(9)));
                    ps.setDate(12, java.sql.Date.valueOf((year + 1) + "-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(9)));
                    ps.setBoolean(13, r.nextBoolean());
                    ps.addBatch();
                }
                ps.executeBatch();
                List<Long> ids = new ArrayList<>();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
                try (PreparedStatement comp = c.prepareStatement("INSERT INTO agreement_components (agreement_id, component) VALUES (?,?)");
                     PreparedStatement src = c.prepareStatement(
                             "INSERT INTO agreement_sources (agreement_id, position, field, url, title) VALUES (?,?,?,?,?)")) {
                    for (long id : ids) {
                        int k = 1 + r.nextInt(3), first = r.nextInt(COMPONENTS.length);
                        for (int j = 0; j < k; j++) {
                            comp.setLong(1, id);
                            comp.setString(2, COMPONENTS[(first + j) % COMPONENTS.length]);
                            comp.addBatch();
                        }
                        src.setLong(1, id);
                        src.setInt(2, 0);
                        src.setString(3, "dateSigned");
                        src.setString(4, "https://example.invalid/synthetisch/" + id);
                        src.setString(5, "[SYNTHETISCH] Quelle");
                        src.addBatch();
                    }
                    comp.executeBatch();
                    src.executeBatch();
                }
            }
            // 12 approved ratings per synthetic instrument (10,000 x 12 = 120,000), with their approval
            // snapshots, straight in SQL: the levels are synthetic ((id + criterion) mod 4), never real.
            try (Statement s = c.createStatement()) {
                int rated = s.executeUpdate("""
                        INSERT INTO assessments (agreement_id, criterion_code, catalog_version_id, level, not_applicable,
                            evidence_reference, evidence_quote, evidence_source, evidence_as_of, confidence, assessed_by, assessed_at,
                            review_state, submitted_by, submitted_at, reviewed_by, reviewed_at)
                        SELECT a.id, cr.code, cr.catalog_version_id, (a.id + cr.id) % 4, FALSE,
                            '[SYNTHETISCH] Art. 1', '[SYNTHETISCH] Zitat', 'https://example.invalid/synthetisch', '2025-01-01', 'LOW',
                            'bench', NOW(6), 'APPROVED', 'bench', NOW(6), 'bench.reviewer', NOW(6)
                          FROM agreements a
                          JOIN criteria cr ON cr.catalog_version_id = (SELECT MAX(id) FROM catalog_versions WHERE status = 'PUBLISHED')
                                          AND cr.retired = FALSE
                         WHERE a.external_ref LIKE 'SYNTH-%'""");
                s.executeUpdate("""
                        INSERT INTO assessment_approvals (assessment_id, assessment_version, agreement_id, criterion_code,
                            catalog_version_id, level, not_applicable, evidence_reference, evidence_quote, evidence_source,
                            evidence_as_of, confidence, assessed_by, assessed_at, approved_by, approved_at)
                        SELECT s.id, s.version, s.agreement_id, s.criterion_code, s.catalog_version_id, s.level, s.not_applicable,
                            s.evidence_reference, s.evidence_quote, s.evidence_source, s.evidence_as_of, s.confidence,
                            s.assessed_by, s.assessed_at, 'bench.reviewer', NOW(6)
                          FROM assessments s WHERE s.assessed_by = 'bench'""");
                s.executeUpdate("""
                        UPDATE assessments s JOIN assessment_approvals p ON p.assessment_id = s.id
                           SET s.approved_approval_id = p.id WHERE s.assessed_by = 'bench'""");
                System.out.printf("seeded %d synthetic approved ratings%n", rated);
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE agreements, agreement_components, agreement_sources, assessments, assessment_approvals");
            }
        }
        System.out.printf("seeded %d synthetic instruments in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
    }

    /** The synthetic instruments' documents, their texts and structure (children first: units and contents point at them). */
    static void deleteDocuments(Statement s) throws Exception {
        String synthetic = "SELECT d.id FROM agreement_documents d JOIN agreements a ON a.id = d.agreement_id WHERE a.external_ref LIKE 'SYNTH-%'";
        s.executeUpdate("DELETE FROM document_units WHERE document_id IN (" + synthetic + ")");
        s.executeUpdate("DELETE FROM document_contents WHERE document_id IN (" + synthetic + ")");
        s.executeUpdate("UPDATE agreement_documents SET superseded_by = NULL WHERE agreement_id IN (SELECT id FROM agreements WHERE external_ref LIKE 'SYNTH-%')");
        s.executeUpdate("DELETE FROM agreement_documents WHERE agreement_id IN (SELECT id FROM agreements WHERE external_ref LIKE 'SYNTH-%')");
    }

    // Vocabulary of the synthetic texts: the compounds and inflections the search must find (issue 11), German and English.
    static final String[] DE_SENTENCES = {
            "Die Vertragsparteien beachten die Datenschutzbestimmungen ihres innerstaatlichen Rechts bei jeder Verarbeitung personenbezogener Daten.",
            "Die Durchführung dieses Rückübernahmeabkommens wird von einem gemeinsamen Ausschuss begleitet, der mindestens einmal jährlich tagt.",
            "Eine unabhängige Aufsichtsbehörde überwacht die Einhaltung der Vorschriften und kann Beschwerden betroffener Personen prüfen.",
            "Übermittelte Daten dürfen nur zu dem Zweck verarbeitet werden, zu dem sie übermittelt wurden; die Zweckbindung gilt auch für Weiterübermittlungen.",
            "Biometrische Daten wie Fingerabdrücke und Lichtbilder werden nur erhoben, soweit dies für die Identifizierung unbedingt erforderlich ist.",
            "Die Partner fördern die Fachkräfteeinwanderung durch Sprachkurse, Anerkennungsberatung und die Vermittlung von Ausbildungsplätzen.",
            "Zum Kapazitätsaufbau unterstützt die deutsche Seite die Digitalisierung der Migrationsverwaltung und die Schulung des Personals.",
            "Jede betroffene Person hat das Recht auf Auskunft, Berichtigung und Löschung sowie auf einen wirksamen Rechtsbehelf.",
            "Personenbezogene Daten werden gelöscht, sobald sie für den Zweck ihrer Übermittlung nicht mehr erforderlich sind, spätestens nach fünf Jahren.",
            "Die Rückführung ausreisepflichtiger Staatsangehöriger erfolgt unter Achtung der Menschenwürde und der internationalen Verpflichtungen.",
            "Die Vertragsparteien evaluieren die Zusammenarbeit im Bereich Migration und Mobilität alle zwei Jahre anhand gemeinsamer Indikatoren.",
            "Automatisierte Entscheidungen ohne menschliche Prüfung sind ausgeschlossen; eine Person überprüft jeden Einzelfall.",
            "Die Visaerleichterungen gelten für Studierende, Forschende und Fachkräfte mit einem anerkannten Berufsabschluss.",
            "Die Datenübermittlung an Drittstaaten bedarf der vorherigen schriftlichen Zustimmung der übermittelnden Stelle.",
    };
    static final String[] EN_SENTENCES = {
            "The Parties shall apply their data protection rules to any processing of personal data under this Agreement.",
            "The implementation of this readmission agreement shall be overseen by a joint committee meeting at least once a year.",
            "An independent supervisory authority shall monitor compliance and may examine complaints lodged by data subjects.",
            "Data transferred shall only be processed for the purpose for which they were transferred; purpose limitation also applies to onward transfers.",
            "Biometric data such as fingerprints and facial images shall only be collected where strictly necessary for identification.",
            "The Parties shall promote the mobility of skilled workers through language courses, recognition advice and vocational training.",
            "As capacity building, the German side shall support the digitalisation of the migration administration and the training of staff.",
            "Every data subject shall have the right of access, rectification and erasure and the right to an effective remedy.",
            "Personal data shall be erased as soon as they are no longer necessary for the purpose of their transfer, at the latest after five years.",
            "The return of nationals without a right to stay shall respect human dignity and international obligations.",
            "The Parties shall evaluate their cooperation on migration and mobility every two years against common indicators.",
            "Decisions based solely on automated processing without human review are excluded; oversight of each case rests with a person.",
            "Visa facilitation shall apply to students, researchers and skilled workers holding a recognised qualification.",
            "Transfers of data to third countries require the prior written consent of the transferring authority.",
    };
    static final String[] DE_TOPICS = {"Gegenstand", "Datenschutz", "Zweckbindung", "Aufsicht", "Rückübernahme", "Fachkräfte",
            "Kapazitätsaufbau", "Rechtsbehelfe", "Speicherdauer", "Biometrie", "Evaluierung", "Schlussbestimmungen"};
    static final String[] EN_TOPICS = {"Purpose", "Data protection", "Purpose limitation", "Oversight", "Readmission", "Skilled workers",
            "Capacity building", "Remedies", "Retention", "Biometrics", "Evaluation", "Final provisions"};

    /** A synthetic treaty text of about {@code chars} characters: a preamble, then articles of numbered paragraphs. */
    static String syntheticText(int n, String language, int chars, Random r) {
        boolean de = "de".equals(language);
        String[] sentences = de ? DE_SENTENCES : EN_SENTENCES;
        String[] topics = de ? DE_TOPICS : EN_TOPICS;
        StringBuilder t = new StringBuilder(chars + 2_000);
        t.append(de ? "[SYNTHETISCH] Erzeugter Vertragstext Nr. " + n + " für Lastmessungen, keine reale Vereinbarung.\n\n"
                : "[SYNTHETISCH] Generated treaty text no. " + n + " for load measurements, not a real agreement.\n\n");
        t.append(de ? "Präambel\n" : "Preamble\n");
        t.append(de ? "Die Vertragsparteien, in dem Wunsch, die Zusammenarbeit in Migrationsfragen zu vertiefen, sind wie folgt übereingekommen:\n\n"
                : "The Parties, desiring to deepen their cooperation on migration, have agreed as follows:\n\n");
        int article = 0;
        while (t.length() < chars) {
            article++;
            t.append(de ? "Artikel " : "Article ").append(article).append(" – ").append(topics[r.nextInt(topics.length)]).append('\n');
            int paragraphs = 3 + r.nextInt(3);
            for (int p = 1; p <= paragraphs && t.length() < chars; p++) {
                t.append('(').append(p).append(") [SYNTHETISCH]");
                int k = 3 + r.nextInt(3);
                for (int i = 0; i < k; i++) {
                    t.append(' ').append(sentences[r.nextInt(sentences.length)]);
                }
                t.append('\n');
            }
            t.append('\n');
        }
        return t.toString();
    }

    /**
     * Synthetic documents straight in SQL, as an upload would store them (metadata, original, text and the structure from
     * the app's own parser): two per synthetic instrument, a German signed text and its English translation, on the
     * first n/2 synthetic instruments. The app's search index reads exactly these tables when it builds itself.
     */
    static void docs(String url, int n, int chars) throws Exception {
        long t0 = System.nanoTime();
        long units = 0, textChars = 0;
        try (Connection c = DriverManager.getConnection(url, "root", DB_PASSWORD)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                deleteDocuments(s);
            }
            c.commit();
            List<Long> instruments = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM agreements WHERE external_ref LIKE 'SYNTH-%' ORDER BY id LIMIT " + ((n + 1) / 2))) {
                while (rs.next()) {
                    instruments.add(rs.getLong(1));
                }
            }
            if (instruments.size() * 2 < n) {
                throw new IllegalStateException("need " + (n + 1) / 2 + " synthetic instruments (seed first), found " + instruments.size());
            }
            Random r = new Random(7);
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            try (PreparedStatement doc = c.prepareStatement("""
                    INSERT INTO agreement_documents (agreement_id, kind, language, title, version_date, source, classification,
                        media_type, file_name, size_bytes, sha256, text_chars, uploaded_by, uploaded_at)
                    VALUES (?, ?, ?, ?, ?, ?, 'OFFEN', 'text/plain', NULL, ?, ?, ?, 'bench-seed', NOW(6))""", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement content = c.prepareStatement("INSERT INTO document_contents (document_id, original, text) VALUES (?, ?, ?)");
                 PreparedStatement unit = c.prepareStatement("INSERT INTO document_units (document_id, position, anchor, parent_anchor, kind,"
                         + " label, heading, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    String language = i % 2 == 0 ? "de" : "en";
                    String text = syntheticText(i, language, chars, r);
                    byte[] original = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    doc.setLong(1, instruments.get(i / 2));
                    doc.setString(2, i % 2 == 0 ? "SIGNED_TEXT" : "TRANSLATION");
                    doc.setString(3, language);
                    doc.setString(4, "[SYNTHETISCH] " + ("de".equals(language) ? "Vertragstext Nr. " : "Treaty text no. ") + i);
                    doc.setDate(5, java.sql.Date.valueOf("2024-01-15"));
                    doc.setString(6, "https://example.invalid/synthetisch/dokument/" + i);
                    doc.setLong(7, original.length);
                    doc.setString(8, java.util.HexFormat.of().formatHex(sha.digest(original)));
                    doc.setInt(9, text.length());
                    doc.executeUpdate();
                    long id;
                    try (ResultSet keys = doc.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    content.setLong(1, id);
                    content.setBytes(2, original);
                    content.setString(3, text);
                    content.executeUpdate();
                    int position = 0;
                    for (var u : de.bund.partnerschaftsmonitor.document.StructureParser.parse(text, language)) {
                        unit.setLong(1, id);
                        unit.setInt(2, position++);
                        unit.setString(3, u.anchor());
                        unit.setString(4, u.parentAnchor());
                        unit.setString(5, u.kind());
                        unit.setString(6, u.label());
                        unit.setString(7, u.heading());
                        unit.setString(8, u.text());
                        unit.addBatch();
                    }
                    unit.executeBatch();
                    units += position;
                    textChars += text.length();
                    if (i % 50 == 49) {
                        c.commit();
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                // Like every write: raise the write counter, so that running instances catch up (the search index too).
                s.executeUpdate("UPDATE data_generation SET generation = generation + 1 WHERE id = 1");
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE agreement_documents, document_units");
            }
        }
        System.out.printf("seeded %d synthetic documents (%d units, %.1f M characters, about %d characters each) in %.1f s%n",
                n, units, textChars / 1e6, textChars / Math.max(1, n), (System.nanoTime() - t0) / 1e9);
    }

    interface Query {
        void run(Connection c, Random r) throws Exception;
    }

    /** The SQL behind each endpoint (copied from the repositories), run by 16 clients for the same time as the HTTP load. */
    static void jdbc(String url, int seconds, int clients) throws Exception {
        String listColumns = """
                a.id, a.version, a.country_iso2, c.name_de, c.name_en, a.type, a.title_de, a.title_en, a.title_original, a.party_level, a.status,
                a.date_signed, a.date_in_force, a.lead_ministry, a.archived_at, a.updated_at,
                (SELECT GROUP_CONCAT(ac.component ORDER BY ac.component SEPARATOR ',') FROM agreement_components ac WHERE ac.agreement_id = a.id) AS components
                """;
        String from = " FROM agreements a JOIN countries c ON c.iso2 = a.country_iso2";
        long[] idRange = new long[2];
        List<String> countries = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "root", DB_PASSWORD); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT MIN(id), MAX(id) FROM agreements WHERE external_ref LIKE 'SYNTH-%'")) {
                rs.next();
                idRange[0] = rs.getLong(1);
                idRange[1] = rs.getLong(2);
            }
            try (ResultSet rs = s.executeQuery("SELECT iso2 FROM countries")) {
                while (rs.next()) {
                    countries.add(rs.getString(1));
                }
            }
        }
        java.util.LinkedHashMap<String, Query> queries = new java.util.LinkedHashMap<>();
        queries.put("list", (c, r) -> {
            count(c, "SELECT COUNT(*)" + from + " WHERE a.archived_at IS NULL");
            rows(c, "SELECT " + listColumns + from + " WHERE a.archived_at IS NULL ORDER BY a.id DESC LIMIT 20 OFFSET 0");
        });
        queries.put("list_filtered", (c, r) -> {
            String where = " WHERE a.archived_at IS NULL AND a.country_iso2 = ? AND a.status = ?";
            String cc = countries.get(r.nextInt(countries.size())), st = STATUSES[r.nextInt(STATUSES.length)];
            count(c, "SELECT COUNT(*)" + from + where, cc, st);
            rows(c, "SELECT " + listColumns + from + where + " ORDER BY a.id DESC LIMIT 20 OFFSET 0", cc, st);
        });
        queries.put("list_search", (c, r) -> {
            String where = " WHERE a.archived_at IS NULL AND (a.title_de LIKE ? OR a.title_en LIKE ? OR a.title_original LIKE ? OR a.summary_en LIKE ? OR c.name_de LIKE ? OR c.name_en LIKE ? OR a.external_ref LIKE ?)";
            String q = "%" + WORDS[r.nextInt(WORDS.length)] + "%";
            Object[] p = {q, q, q, q, q, q, q};
            count(c, "SELECT COUNT(*)" + from + where, p);
            rows(c, "SELECT " + listColumns + from + where + " ORDER BY a.id DESC LIMIT 20 OFFSET 0", p);
        });
        queries.put("detail", (c, r) -> {
            long id = idRange[0] + (long) r.nextInt((int) (idRange[1] - idRange[0] + 1));
            rows(c, "SELECT * FROM agreements WHERE id = ?", id);
            rows(c, "SELECT component FROM agreement_components WHERE agreement_id = ? ORDER BY component", id);
            rows(c, "SELECT * FROM agreements WHERE predecessor_id = ? AND archived_at IS NULL ORDER BY date_signed, id", id);
            rows(c, "SELECT * FROM agreement_sources WHERE agreement_id = ? ORDER BY position", id);
        });
        queries.put("country", (c, r) -> {
            String iso2 = countries.get(r.nextInt(countries.size()));
            rows(c, """
                    SELECT c.iso2, c.iso3, c.numeric_code, c.name_de, c.name_en, c.region, c.subregion, COUNT(a.id) AS instrument_count
                      FROM countries c LEFT JOIN agreements a ON a.country_iso2 = c.iso2 AND a.archived_at IS NULL
                     WHERE c.iso2 = ? GROUP BY c.iso2, c.iso3, c.numeric_code, c.name_de, c.name_en, c.region, c.subregion""", iso2);
            rows(c, "SELECT " + listColumns + from + " WHERE a.country_iso2 = ? AND a.archived_at IS NULL ORDER BY a.date_signed IS NULL, a.date_signed DESC, a.id", iso2);
        });
        // Scorecard: the country, then its instruments with their last approved rating snapshots (ScoreRepository.RATINGS
        // with APPROVED); the scoring itself runs in Java and has no SQL counterpart.
        queries.put("scorecard", (c, r) -> {
            String iso2 = countries.get(r.nextInt(countries.size()));
            rows(c, "SELECT * FROM countries WHERE iso2 = ?", iso2);
            rows(c, """
                    SELECT a.id, a.country_iso2, a.type, a.status, a.archived_at, a.text_public, a.title_de, a.title_en,
                           EXISTS (SELECT 1 FROM agreement_components ac
                                    WHERE ac.agreement_id = a.id AND ac.component = 'RETURN_READMISSION') AS return_readmission,
                           v.criterion_code, v.level, v.not_applicable, v.not_applicable_reason, v.catalog_version_id,
                           v.cross_reference_id, x.type AS cross_reference_type, v.evidence_reference, v.evidence_quote,
                           v.evidence_source, v.evidence_as_of, v.confidence, s.review_state
                      FROM agreements a
                      LEFT JOIN (assessments s JOIN assessment_approvals v ON v.id = s.approved_approval_id) ON s.agreement_id = a.id
                      LEFT JOIN agreements x ON x.id = v.cross_reference_id
                     WHERE a.country_iso2 = ? AND a.archived_at IS NULL ORDER BY a.id""", iso2);
        });
        // Ranking: the maintained country_scores table (ScoreRepository.ranking, default profile, no filter).
        queries.put("ranking", (c, r) -> rows(c, """
                SELECT c.iso2, c.numeric_code, c.name_de, c.name_en, c.region, cs.score, cs.coverage, cs.red_flag_count,
                       cs.dp_base_level, cs.purpose_level, cs.indep_oversight_level, cs.capacity_level,
                       (SELECT COUNT(*) FROM agreements n WHERE n.country_iso2 = c.iso2 AND n.archived_at IS NULL) AS instrument_count
                  FROM countries c
                  LEFT JOIN country_scores cs ON cs.country_iso2 = c.iso2 AND cs.profile_code = ?
                 WHERE EXISTS (SELECT 1 FROM agreements a WHERE a.country_iso2 = c.iso2 AND a.archived_at IS NULL)
                 ORDER BY cs.score IS NULL, cs.score DESC, c.name_de""", "balanced"));
        String only = System.getenv().getOrDefault("BENCH_ONLY", "");
        for (var e : queries.entrySet()) {
            if (!only.isEmpty() && !List.of(only.split(",")).contains(e.getKey())) {
                continue;
            }
            Stats stats = closedLoop(seconds, clients, () -> {
                Connection c = DriverManager.getConnection(url, "root", DB_PASSWORD);
                Random r = new Random();
                return () -> e.getValue().run(c, r);
            });
            System.out.printf("JDBC %-14s %s%n", e.getKey(), stats);
        }
    }

    static void count(Connection c, String sql, Object... p) throws Exception {
        rows(c, sql, p);
    }

    static void rows(Connection c, String sql, Object... p) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < p.length; i++) {
                ps.setObject(i + 1, p[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int cols = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= cols; i++) {
                        rs.getObject(i);
                    }
                }
            }
        }
    }

    interface Op {
        void run() throws Exception;
    }

    interface OpFactory {
        Op create() throws Exception;
    }

    record Stats(int n, double seconds, double p50, double p95, double p99, int errors) {
        @Override
        public String toString() {
            return String.format("requests=%d rps=%.0f p50=%.2fms p95=%.2fms p99=%.2fms errors=%d", n, n / seconds, p50, p95, p99, errors);
        }
    }

    static Stats closedLoop(int seconds, int clients, OpFactory factory) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> futures = new ArrayList<>();
        int[] errors = new int[1];
        for (int i = 0; i < clients; i++) {
            Op op = factory.create();
            futures.add(pool.submit(() -> {
                long[] lat = new long[1 << 16];
                int k = 0;
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    try {
                        op.run();
                    } catch (Exception e) {
                        synchronized (errors) {
                            if (errors[0]++ == 0) {
                                e.printStackTrace();
                            }
                        }
                        continue;
                    }
                    if (k == lat.length) {
                        lat = Arrays.copyOf(lat, k * 2);
                    }
                    lat[k++] = System.nanoTime() - t;
                }
                return Arrays.copyOf(lat, k);
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            for (long l : f.get()) {
                all.add(l);
            }
        }
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Stats(sorted.length, seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), errors[0]);
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }

    static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    /** Each client edits its own instruments, so every PUT carries the current version and must answer 200. */
    static void write(String base, int seconds, int clients) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String token = System.getenv("BENCH_TOKEN");
        HttpRequest.Builder list = HttpRequest.newBuilder(URI.create(base + "/api/agreements?q=SYNTH-&size=" + clients * 4 + "&sort=title,asc"));
        if (token != null && !token.isBlank()) {
            list.header("Authorization", "Bearer " + token);
        }
        String page = http.send(list.build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\\{\"id\":(\\d+),\"version\":(\\d+),\"countryIso2\":\"([A-Z]{2})\"").matcher(page);
        List<long[]> targets = new ArrayList<>();
        List<String> iso = new ArrayList<>();
        while (m.find()) {
            targets.add(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
            iso.add(m.group(3));
        }
        if (targets.size() < clients) {
            throw new IllegalStateException("need " + clients + " synthetic instruments, found " + targets.size() + ": " + page.substring(0, Math.min(300, page.length())));
        }
        int[] next = {0};
        Stats stats = closedLoop(seconds, clients, () -> {
            int mine = next[0]++;
            long[] target = targets.get(mine);
            String country = iso.get(mine);
            int[] n = {0};
            return () -> {
                String body = "{\"version\":" + target[1] + ",\"countryIso2\":\"" + country + "\",\"type\":\"MOU\",\"titleDe\":\"[SYNTHETISCH] Lastschreiben "
                        + (n[0]++) + "\",\"partyLevel\":\"DE_BILATERAL\",\"status\":\"SIGNED\",\"dateSigned\":\"2024-01-10\","
                        + "\"components\":[\"SKILLED_LABOUR\",\"OTHER\"],\"sources\":[{\"url\":\"https://example.invalid/synthetisch\"}]}";
                HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(base + "/api/agreements/" + target[0]))
                        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body));
                if (token != null && !token.isBlank()) {
                    put.header("Authorization", "Bearer " + token);
                }
                HttpResponse<String> response = http.send(put.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("PUT " + target[0] + " -> " + response.statusCode() + " " + response.body());
                }
                Matcher v = VERSION.matcher(response.body());
                v.find();
                target[1] = Long.parseLong(v.group(1));
            };
        });
        System.out.printf("HTTP %-14s %s%n", "put", stats);
    }
}
