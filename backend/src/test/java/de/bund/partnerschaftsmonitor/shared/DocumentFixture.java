package de.bund.partnerschaftsmonitor.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Test-only: stores an agreement document with its text and units directly in the tables of V70, the way the documents
 * feature writes them, and raises the write counter like every write. For tests of what reads those tables (the search
 * index, the passage finder, evidence links) independently of the upload and parsing code.
 */
public final class DocumentFixture {

    /** One unit of a document's structure. */
    public record Unit(String anchor, String kind, String label, String text) {
        public static Unit paragraph(String anchor, String label, String text) {
            return new Unit(anchor, "PARAGRAPH", label, text);
        }
    }

    private final Sql sql;
    private long agreementId;
    private String kind = "SIGNED_TEXT";
    private String language = "de";
    private String title = "Abkommen (Testtext)";
    private LocalDate versionDate = LocalDate.of(2024, 5, 1);
    private String classification = "OFFEN";
    private final List<Unit> units = new ArrayList<>();

    private DocumentFixture(Sql sql) {
        this.sql = sql;
    }

    public static DocumentFixture document(Sql sql, long agreementId) {
        DocumentFixture f = new DocumentFixture(sql);
        f.agreementId = agreementId;
        return f;
    }

    public DocumentFixture kind(String kind) { this.kind = kind; return this; }
    public DocumentFixture language(String language) { this.language = language; return this; }
    public DocumentFixture title(String title) { this.title = title; return this; }
    public DocumentFixture versionDate(LocalDate date) { this.versionDate = date; return this; }
    public DocumentFixture classification(String classification) { this.classification = classification; return this; }
    public DocumentFixture unit(Unit unit) { units.add(unit); return this; }

    /** A paragraph with a generated anchor ({@code art_N__para_1}) and label ({@code Art. N Abs. 1}). */
    public DocumentFixture paragraph(int article, String text) {
        return unit(Unit.paragraph("art_" + article + "__para_1", "Art. " + article + " Abs. 1", text));
    }

    /** Writes the document in one transaction and returns its id. */
    public long store() {
        StringBuilder full = new StringBuilder();
        units.forEach(u -> full.append(u.text()).append("\n\n"));
        byte[] original = full.toString().getBytes(StandardCharsets.UTF_8);
        try (Connection c = sql.connection()) {
            c.setAutoCommit(false);
            long id;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO agreement_documents (agreement_id, kind, language, title, version_date, classification, media_type,
                      file_name, size_bytes, sha256, text_chars, uploaded_by, uploaded_at)
                    VALUES (?, ?, ?, ?, ?, ?, 'text/plain', NULL, ?, ?, ?, 'test.fixture', CURRENT_TIMESTAMP(6))""", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, agreementId);
                ps.setString(2, kind);
                ps.setString(3, language);
                ps.setString(4, title);
                ps.setObject(5, versionDate);
                ps.setString(6, classification);
                ps.setLong(7, original.length);
                ps.setString(8, sha256(original));
                ps.setInt(9, full.length());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_contents (document_id, original, text) VALUES (?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setBytes(2, original);
                ps.setString(3, full.toString());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_units (document_id, position, anchor, parent_anchor, kind, label, heading, text)"
                    + " VALUES (?, ?, ?, NULL, ?, ?, NULL, ?)")) {
                int position = 0;
                for (Unit u : units) {
                    ps.setLong(1, id);
                    ps.setInt(2, position++);
                    ps.setString(3, u.anchor());
                    ps.setString(4, u.kind());
                    ps.setString(5, u.label());
                    ps.setString(6, u.text());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            bump(c);
            c.commit();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Archives a document the way the documents feature does (a new version, archived_at set). */
    public static void archive(Sql sql, long documentId) {
        sql.update("UPDATE agreement_documents SET archived_at = CURRENT_TIMESTAMP(6), version = version + 1 WHERE id = ?", documentId);
    }

    private static void bump(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE data_generation SET generation = generation + 1 WHERE id = 1")) {
            ps.executeUpdate();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
