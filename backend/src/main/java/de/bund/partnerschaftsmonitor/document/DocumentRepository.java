package de.bund.partnerschaftsmonitor.document;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
abstract class DocumentRepository implements CrudRepository<AgreementDocument, Long> {

    private final JdbcOperations jdbc;

    DocumentRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    abstract List<AgreementDocument> findByAgreementIdOrderByIdDesc(long agreementId);

    /** The same file already kept for the instrument, archived ones aside (an archived file may come back). */
    abstract Optional<AgreementDocument> findFirstByAgreementIdAndSha256AndArchivedAtIsNull(long agreementId, String sha256);

    /** The current (neither superseded nor archived) documents of one language version. */
    abstract List<AgreementDocument> findByAgreementIdAndKindAndLanguageAndSupersededByIsNullAndArchivedAtIsNull(
            long agreementId, String kind, String language);

    // Two statements, so that no single packet carries original and text together (max_allowed_packet, README).
    @Query("INSERT INTO document_contents (document_id, original, text) VALUES (:documentId, :original, '')")
    abstract void insertOriginal(long documentId, byte[] original);

    @Query("UPDATE document_contents SET text = :text WHERE document_id = :documentId")
    abstract void updateText(long documentId, String text);

    Optional<byte[]> original(long documentId) {
        return jdbc.prepareStatement("SELECT original FROM document_contents WHERE document_id = ?", ps -> {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
            }
        });
    }

    void insertUnits(long documentId, List<StructureParser.Unit> units) {
        jdbc.prepareStatement("INSERT INTO document_units (document_id, position, anchor, parent_anchor, kind, label, heading, text)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (PreparedStatement ps) -> {
            int position = 0;
            for (StructureParser.Unit u : units) {
                ps.setLong(1, documentId);
                ps.setInt(2, position++);
                ps.setString(3, u.anchor());
                ps.setString(4, u.parentAnchor());
                ps.setString(5, u.kind());
                ps.setString(6, u.label());
                ps.setString(7, u.heading());
                ps.setString(8, u.text());
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    List<StructureParser.Unit> units(long documentId) {
        return jdbc.prepareStatement("SELECT anchor, parent_anchor, kind, label, heading, text FROM document_units"
                + " WHERE document_id = ? ORDER BY position", ps -> {
            ps.setLong(1, documentId);
            List<StructureParser.Unit> units = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    units.add(new StructureParser.Unit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
            return units;
        });
    }
}
