package de.bund.partnerschaftsmonitor.brief;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a brief needs beyond the scorecard: the instruments' dates and sources, whether included evidence comes from a
 * classified document, whether unapproved ratings are included, and when the country's data last changed. Runs in the
 * caller's read-only transaction, so that it reads the same state as the scorecard beside it.
 */
@Singleton
class BriefRepository {

    private final JdbcOperations jdbc;

    BriefRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    record InstrumentRow(long id, @Nullable String titleDe, @Nullable String titleEn, @Nullable String titleOriginal, String status,
                         @Nullable LocalDate nextReviewDue, @Nullable LocalDate dateEnd) {
    }

    record SourceRow(long agreementId, String url, @Nullable String title, @Nullable LocalDate accessedOn) {
    }

    List<InstrumentRow> instruments(String iso2) {
        return jdbc.prepareStatement("""
                SELECT id, title_de, title_en, title_original, status, next_review_due, date_end
                  FROM agreements WHERE country_iso2 = ? AND archived_at IS NULL ORDER BY id""", ps -> {
            ps.setString(1, iso2);
            List<InstrumentRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new InstrumentRow(rs.getLong("id"), rs.getString("title_de"), rs.getString("title_en"),
                            rs.getString("title_original"), rs.getString("status"), date(rs, "next_review_due"), date(rs, "date_end")));
                }
            }
            return out;
        });
    }

    /** The sources of the country's non-archived instruments, in each instrument's order. */
    List<SourceRow> sources(String iso2) {
        return jdbc.prepareStatement("""
                SELECT s.agreement_id, s.url, s.title, s.accessed_on
                  FROM agreement_sources s JOIN agreements a ON a.id = s.agreement_id
                 WHERE a.country_iso2 = ? AND a.archived_at IS NULL ORDER BY s.agreement_id, s.position, s.id""", ps -> {
            ps.setString(1, iso2);
            List<SourceRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SourceRow(rs.getLong("agreement_id"), rs.getString("url"), rs.getString("title"), date(rs, "accessed_on")));
                }
            }
            return out;
        });
    }

    /**
     * Whether a rating the brief includes takes its evidence from a classified (VS-NfD) document: with drafts every
     * rating of the country's instruments (the current rating's link), else the approved snapshots (their own link, V120,
     * and the current one, which snapshots approved before V120 and changed since do not know).
     */
    boolean classifiedEvidence(String iso2, boolean includeDrafts) {
        return exists("""
                SELECT 1 FROM assessments s
                  JOIN agreements a ON a.id = s.agreement_id
                """ + (includeDrafts ? """
                  JOIN agreement_documents d ON d.id = s.evidence_document_id
                """ : """
                  JOIN assessment_approvals v ON v.id = s.approved_approval_id
                  JOIN agreement_documents d ON d.id IN (v.evidence_document_id, s.evidence_document_id)
                """) + " WHERE a.country_iso2 = ? AND a.archived_at IS NULL AND d.classification = 'VS_NFD' LIMIT 1", iso2);
    }

    /** Whether any rating of the country's instruments counts with a value nobody has approved yet. */
    boolean unapprovedRatings(String iso2) {
        return exists("""
                SELECT 1 FROM assessments s JOIN agreements a ON a.id = s.agreement_id
                 WHERE a.country_iso2 = ? AND a.archived_at IS NULL AND s.review_state <> 'APPROVED'
                   AND (s.level IS NOT NULL OR s.not_applicable) LIMIT 1""", iso2);
    }

    /** The last change to the country's instruments or their ratings; null without instruments. */
    @Nullable
    Instant lastChange(String iso2) {
        return jdbc.prepareStatement("""
                SELECT GREATEST(COALESCE(MAX(a.updated_at), '1970-01-01'),
                                COALESCE((SELECT MAX(s.updated_at) FROM assessments s JOIN agreements b ON b.id = s.agreement_id
                                           WHERE b.country_iso2 = ? AND b.archived_at IS NULL), '1970-01-01')) AS changed,
                       COUNT(*) AS n
                  FROM agreements a WHERE a.country_iso2 = ? AND a.archived_at IS NULL""", ps -> {
            ps.setString(1, iso2);
            ps.setString(2, iso2);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Timestamp changed = rs.getTimestamp("changed");
                return rs.getLong("n") == 0 || changed == null ? null : changed.toInstant();
            }
        });
    }

    private boolean exists(String sql, String iso2) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setString(1, iso2);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Nullable
    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
