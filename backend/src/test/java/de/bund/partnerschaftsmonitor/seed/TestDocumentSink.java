package de.bund.partnerschaftsmonitor.seed;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * Stands in for the documents feature where a test asks for it: stores each text as a document row in the seeder's
 * transaction, so that the demo ratings' evidence can link to it.
 */
@Singleton
@Requires(property = "pm.test.demo-document-sink", value = "true")
class TestDocumentSink implements DemoDocumentSink {

    private final JdbcOperations jdbc;

    TestDocumentSink(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long storeText(long agreementId, String kind, String language, LocalDate versionDate, String title, String source,
                          String classification, String text, String actor) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        long id = jdbc.execute(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO agreement_documents (agreement_id, kind, language, title, version_date, source, classification, media_type,
                                                 size_bytes, sha256, text_chars, uploaded_by, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'text/plain', ?, ?, ?, ?, ?)
                """, Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, agreementId);
            ps.setString(2, kind);
            ps.setString(3, language);
            ps.setString(4, title);
            ps.setDate(5, Date.valueOf(versionDate));
            ps.setString(6, source);
            ps.setString(7, classification);
            ps.setLong(8, bytes.length);
            ps.setString(9, sha256(bytes));
            ps.setInt(10, text.length());
            ps.setString(11, actor);
            ps.setTimestamp(12, Timestamp.from(Instant.now()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
            }
        });
        jdbc.prepareStatement("INSERT INTO document_contents (document_id, original, text) VALUES (?, ?, ?)", ps -> {
            ps.setLong(1, id);
            ps.setBytes(2, bytes);
            ps.setString(3, text);
            return ps.executeUpdate();
        });
        return id;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
