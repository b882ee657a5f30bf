package de.bund.partnerschaftsmonitor.opendata;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What may be published, and the releases made of it. The rule of what is public lives here and nowhere else:
 * {@link #publicInstrument()} and {@link #PUBLIC_RATING}.
 */
@Singleton
class OpenDataRepository {

    /**
     * An instrument is public when it is not archived. Its registry facts come from public sources (seed and form both
     * record a source per fact); whether its text is published is itself one of those facts and is published as such.
     * Demo data of a fictitious country (V80 {@code countries.fictitious}) is never published.
     */
    private static final String PUBLIC_INSTRUMENT = "a.archived_at IS NULL AND c.fictitious = FALSE";

    /**
     * A rating is public when it has been approved (the approved snapshot is published, never a draft), its instrument's
     * text is not known to be unpublished (a rating of a text that is not public could disclose its content), and its
     * evidence does not come from a classified document (anything but {@code OFFEN}, e.g. {@code VS_NFD}). What is
     * published is the approved snapshot {@code v}, so its own link (V120) decides; the current rating's link counts too,
     * because snapshots approved before V120 and changed since do not know theirs.
     */
    static final String PUBLIC_RATING = """
            (a.text_public IS NULL OR a.text_public = TRUE)
            AND NOT EXISTS (SELECT 1 FROM agreement_documents d
                             WHERE d.id IN (v.evidence_document_id, s.evidence_document_id) AND d.classification <> 'OFFEN')""";

    private static final String FROM_PUBLIC = " FROM agreements a JOIN countries c ON c.iso2 = a.country_iso2 ";

    record ReleaseRow(long id, LocalDate releasedOn, long catalogVersionId, String catalogLabel, int instrumentCount,
                      int ratingCount, String sha256, long sizeBytes, String createdBy, Instant createdAt) {
    }

    record InstrumentRow(long id, @Nullable String externalRef, String countryIso2, String countryNameDe, String countryNameEn,
                         @Nullable String type, @Nullable String titleDe, @Nullable String titleEn, @Nullable String titleOriginal,
                         @Nullable String summaryDe, @Nullable String summaryEn, String partyLevel, @Nullable String partyState,
                         @Nullable String leadMinistry, @Nullable String involvedMinistries, String status,
                         @Nullable LocalDate dateSigned, @Nullable LocalDate dateInForce, @Nullable LocalDate dateEnd,
                         @Nullable LocalDate nextReviewDue, @Nullable Boolean textPublic, @Nullable String digitalDataClauses,
                         @Nullable Long predecessorId) {
    }

    record ComponentRow(long agreementId, String component) {
    }

    record SourceRow(long agreementId, int position, @Nullable String field, String url, @Nullable String title,
                     @Nullable LocalDate accessedOn) {
    }

    record RatingRow(long agreementId, String criterionCode, long catalogVersionId, @Nullable Integer level, boolean notApplicable,
                     @Nullable String notApplicableReason, @Nullable String evidenceReference, @Nullable String evidenceQuote,
                     @Nullable String evidenceSource, @Nullable LocalDate evidenceAsOf, @Nullable String confidence,
                     LocalDate approvedOn) {
    }

    private final JdbcOperations jdbc;

    OpenDataRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** {@link #PUBLIC_INSTRUMENT}: the same for every release. */
    String publicInstrument() {
        return PUBLIC_INSTRUMENT;
    }

    List<InstrumentRow> instruments(String rule) {
        return jdbc.prepareStatement("""
                SELECT a.id, a.external_ref, a.country_iso2, c.name_de, c.name_en, a.type, a.title_de, a.title_en, a.title_original,
                       a.summary_de, a.summary_en, a.party_level, a.party_state, a.lead_ministry, a.involved_ministries, a.status,
                       a.date_signed, a.date_in_force, a.date_end, a.next_review_due, a.text_public, a.digital_data_clauses, a.predecessor_id
                """ + FROM_PUBLIC + " WHERE " + rule + " ORDER BY a.id", ps -> {
            List<InstrumentRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new InstrumentRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                            rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16), date(rs, 17),
                            date(rs, 18), date(rs, 19), date(rs, 20), bool(rs, 21), rs.getString(22), longOrNull(rs, 23)));
                }
            }
            return rows;
        });
    }

    List<ComponentRow> components(String rule) {
        return jdbc.prepareStatement("SELECT ac.agreement_id, ac.component" + FROM_PUBLIC
                + " JOIN agreement_components ac ON ac.agreement_id = a.id WHERE " + rule + " ORDER BY ac.agreement_id, ac.component", ps -> {
            List<ComponentRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ComponentRow(rs.getLong(1), rs.getString(2)));
                }
            }
            return rows;
        });
    }

    List<SourceRow> sources(String rule) {
        return jdbc.prepareStatement("SELECT s.agreement_id, s.position, s.field, s.url, s.title, s.accessed_on" + FROM_PUBLIC
                + " JOIN agreement_sources s ON s.agreement_id = a.id WHERE " + rule + " ORDER BY s.agreement_id, s.position", ps -> {
            List<SourceRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new SourceRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), date(rs, 6)));
                }
            }
            return rows;
        });
    }

    List<RatingRow> ratings(String rule) {
        return jdbc.prepareStatement("""
                SELECT a.id, v.criterion_code, v.catalog_version_id, v.level, v.not_applicable, v.not_applicable_reason,
                       v.evidence_reference, v.evidence_quote, v.evidence_source, v.evidence_as_of, v.confidence, v.approved_at
                """ + FROM_PUBLIC + """
                 JOIN assessments s ON s.agreement_id = a.id
                 JOIN assessment_approvals v ON v.id = s.approved_approval_id
                """ + " WHERE " + rule + " AND " + PUBLIC_RATING + " ORDER BY a.id, v.criterion_code", ps -> {
            List<RatingRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int level = rs.getInt(4);
                    Integer levelOrNull = rs.wasNull() ? null : level;
                    rows.add(new RatingRow(rs.getLong(1), rs.getString(2), rs.getLong(3), levelOrNull, rs.getBoolean(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), date(rs, 10), rs.getString(11),
                            rs.getTimestamp(12).toInstant().atZone(OpenDataService.ZONE).toLocalDate()));
                }
            }
            return rows;
        });
    }

    long insert(LocalDate releasedOn, long catalogVersionId, String catalogLabel, int instruments, int ratings, String sha256,
                byte[] content, String createdBy) {
        return jdbc.execute(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO open_data_releases (released_on, catalog_version_id, catalog_label, instrument_count, rating_count,
                                                    sha256, size_bytes, package, created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                ps.setDate(1, Date.valueOf(releasedOn));
                ps.setLong(2, catalogVersionId);
                ps.setString(3, catalogLabel);
                ps.setInt(4, instruments);
                ps.setInt(5, ratings);
                ps.setString(6, sha256);
                ps.setLong(7, content.length);
                ps.setBytes(8, content);
                ps.setString(9, createdBy);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    private static final String RELEASE_COLUMNS =
            "SELECT id, released_on, catalog_version_id, catalog_label, instrument_count, rating_count, sha256, size_bytes, created_by, created_at"
                    + " FROM open_data_releases";

    List<ReleaseRow> releases(int offset, int limit) {
        return jdbc.prepareStatement(RELEASE_COLUMNS + " ORDER BY id DESC LIMIT ? OFFSET ?", ps -> {
            ps.setInt(1, limit);
            ps.setInt(2, offset);
            return releaseRows(ps.executeQuery());
        });
    }

    long countReleases() {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM open_data_releases", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    Optional<ReleaseRow> release(long id) {
        return jdbc.prepareStatement(RELEASE_COLUMNS + " WHERE id = ?", ps -> {
            ps.setLong(1, id);
            return releaseRows(ps.executeQuery()).stream().findFirst();
        });
    }

    Optional<byte[]> content(long id) {
        return jdbc.prepareStatement("SELECT package FROM open_data_releases WHERE id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        });
    }

    private static List<ReleaseRow> releaseRows(ResultSet rs) throws SQLException {
        try (rs) {
            List<ReleaseRow> rows = new ArrayList<>();
            while (rs.next()) {
                Timestamp created = rs.getTimestamp(10);
                rows.add(new ReleaseRow(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getLong(3), rs.getString(4), rs.getInt(5),
                        rs.getInt(6), rs.getString(7), rs.getLong(8), rs.getString(9), created.toInstant()));
            }
            return rows;
        }
    }

    @Nullable
    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    @Nullable
    private static Boolean bool(ResultSet rs, int column) throws SQLException {
        boolean b = rs.getBoolean(column);
        return rs.wasNull() ? null : b;
    }

    @Nullable
    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long l = rs.getLong(column);
        return rs.wasNull() ? null : l;
    }
}
