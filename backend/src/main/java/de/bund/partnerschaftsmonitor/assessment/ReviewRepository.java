package de.bund.partnerschaftsmonitor.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The review queue: submitted ratings of non-archived instruments, oldest submission first, one query per page. */
@JdbcRepository(dialect = Dialect.MYSQL)
abstract class ReviewRepository implements GenericRepository<Assessment, Long> {

    /** Which criteria: those of the capacity group only, all but those, or all. */
    enum Scope { ONLY, EXCEPT, ALL }

    record Row(long agreementId, @Nullable String titleDe, @Nullable String titleEn, String countryIso2, String countryNameDe,
               String countryNameEn, String criterionId, @Nullable Integer level, boolean notApplicable,
               @Nullable String notApplicableReason, @Nullable String evidenceReference, @Nullable String evidenceQuote,
               @Nullable String evidenceSource, @Nullable LocalDate evidenceAsOf, @Nullable String confidence, String assessedBy,
               Instant assessedAt, @Nullable String submittedBy, @Nullable Instant submittedAt, long version,
               @Nullable Long evidenceDocumentId, @Nullable String evidenceAnchor, @Nullable String evidenceClassification) {
    }

    private final JdbcOperations jdbc;

    ReviewRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> awaiting(String reviewer, Collection<String> capacity, Scope scope, int offset, int limit) {
        String sql = """
                SELECT s.agreement_id, a.title_de, a.title_en, a.country_iso2, c.name_de, c.name_en, s.criterion_code, s.level,
                       s.not_applicable, s.not_applicable_reason, s.evidence_reference, s.evidence_quote, s.evidence_source,
                       s.evidence_as_of, s.confidence, s.assessed_by, s.assessed_at, s.submitted_by, s.submitted_at, s.version,
                       s.evidence_document_id, s.evidence_anchor, s.evidence_classification
                """ + from(capacity, scope) + " ORDER BY s.submitted_at, s.id LIMIT ? OFFSET ?";
        return jdbc.prepareStatement(sql, ps -> {
            int i = bind(ps, reviewer, capacity, scope);
            ps.setInt(i++, limit);
            ps.setInt(i, offset);
            List<Row> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int level = rs.getInt("level");
                    Integer levelValue = rs.wasNull() ? null : level;
                    Timestamp submitted = rs.getTimestamp("submitted_at");
                    Date asOf = rs.getDate("evidence_as_of");
                    out.add(new Row(rs.getLong("agreement_id"), rs.getString("title_de"), rs.getString("title_en"),
                            rs.getString("country_iso2"), rs.getString("name_de"), rs.getString("name_en"), rs.getString("criterion_code"),
                            levelValue, rs.getBoolean("not_applicable"), rs.getString("not_applicable_reason"),
                            rs.getString("evidence_reference"), rs.getString("evidence_quote"), rs.getString("evidence_source"),
                            asOf == null ? null : asOf.toLocalDate(), rs.getString("confidence"), rs.getString("assessed_by"),
                            rs.getTimestamp("assessed_at").toInstant(), rs.getString("submitted_by"),
                            submitted == null ? null : submitted.toInstant(), rs.getLong("version"),
                            rs.getObject("evidence_document_id", Long.class), rs.getString("evidence_anchor"),
                            rs.getString("evidence_classification")));
                }
            }
            return out;
        });
    }

    long countAwaiting(String reviewer, Collection<String> capacity, Scope scope) {
        return jdbc.prepareStatement("SELECT COUNT(*) " + from(capacity, scope), ps -> {
            bind(ps, reviewer, capacity, scope);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Ratings a reviewer returned that this person wrote or submitted and has not revised yet (a revision makes them
     * drafts again), newest return first.
     */
    List<ReturnedRatings.Item> returnedTo(String author, int offset, int limit) {
        String sql = """
                SELECT s.agreement_id, a.title_de, a.title_en, a.country_iso2, c.name_de, c.name_en, s.criterion_code, s.level,
                       s.not_applicable, s.reviewed_by, s.reviewed_at, s.review_comment, s.version
                """ + RETURNED + " ORDER BY s.reviewed_at DESC, s.id DESC LIMIT ? OFFSET ?";
        return jdbc.prepareStatement(sql, ps -> {
            ps.setString(1, author);
            ps.setString(2, author);
            ps.setInt(3, limit);
            ps.setInt(4, offset);
            List<ReturnedRatings.Item> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int level = rs.getInt("level");
                    Integer levelValue = rs.wasNull() ? null : level;
                    out.add(new ReturnedRatings.Item(rs.getLong("agreement_id"), rs.getString("title_de"), rs.getString("title_en"),
                            rs.getString("country_iso2"), rs.getString("name_de"), rs.getString("name_en"), rs.getString("criterion_code"),
                            levelValue, rs.getBoolean("not_applicable"), rs.getString("reviewed_by"),
                            rs.getTimestamp("reviewed_at").toInstant(), rs.getString("review_comment"), rs.getLong("version")));
                }
            }
            return out;
        });
    }

    long countReturnedTo(String author) {
        return jdbc.prepareStatement("SELECT COUNT(*) " + RETURNED, ps -> {
            ps.setString(1, author);
            ps.setString(2, author);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static final String RETURNED = """
              FROM assessments s
              JOIN agreements a ON a.id = s.agreement_id
              JOIN countries c ON c.iso2 = a.country_iso2
             WHERE s.review_state = 'CHANGES_REQUESTED' AND a.archived_at IS NULL
               AND (s.submitted_by = ? OR (s.submitted_by IS NULL AND s.assessed_by = ?))""";

    private static String from(Collection<String> capacity, Scope scope) {
        String in = String.join(", ", capacity.stream().map(c -> "?").toList());
        String filter = scope == Scope.ALL || capacity.isEmpty() ? ""
                : " AND s.criterion_code " + (scope == Scope.ONLY ? "IN" : "NOT IN") + " (" + in + ")";
        String none = scope == Scope.ONLY && capacity.isEmpty() ? " AND FALSE" : "";
        return """
                  FROM assessments s
                  JOIN agreements a ON a.id = s.agreement_id
                  JOIN countries c ON c.iso2 = a.country_iso2
                 WHERE s.review_state = 'SUBMITTED' AND a.archived_at IS NULL
                   AND s.assessed_by <> ? AND (s.submitted_by IS NULL OR s.submitted_by <> ?)
                   AND NOT EXISTS (SELECT 1 FROM assessment_contributors k WHERE k.assessment_id = s.id AND k.username = ?)"""
                + filter + none;
    }

    private static int bind(PreparedStatement ps, String reviewer, Collection<String> capacity, Scope scope) throws SQLException {
        int i = 1;
        ps.setString(i++, reviewer);
        ps.setString(i++, reviewer);
        ps.setString(i++, reviewer);
        if (scope != Scope.ALL && !capacity.isEmpty()) {
            for (String code : capacity) {
                ps.setString(i++, code);
            }
        }
        return i;
    }
}
