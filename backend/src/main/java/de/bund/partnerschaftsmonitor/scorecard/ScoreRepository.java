package de.bund.partnerschaftsmonitor.scorecard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** The projections scorecards are computed from: one query per instrument, country or ranking, never a loop of queries. */
@JdbcRepository(dialect = Dialect.MYSQL)
abstract class ScoreRepository implements GenericRepository<CountryScoreRow, String> {

    /**
     * {v} is the alias the rating values come from: the current row of {@code assessments} (drafts included) or, by
     * default, the last approved snapshot in {@code assessment_approvals}; ratings never approved are then absent.
     */
    private static final String RATINGS = """
            SELECT a.id, a.country_iso2, a.type, a.status, a.archived_at, a.text_public, a.title_de, a.title_en,
                   EXISTS (SELECT 1 FROM agreement_components ac
                            WHERE ac.agreement_id = a.id AND ac.component = 'RETURN_READMISSION') AS return_readmission,
                   {v}.criterion_code, {v}.level, {v}.not_applicable, {v}.not_applicable_reason, {v}.catalog_version_id,
                   {v}.cross_reference_id, x.type AS cross_reference_type, {v}.evidence_reference, {v}.evidence_quote,
                   {v}.evidence_source, {v}.evidence_as_of, {v}.confidence, s.review_state,
                   {v}.evidence_document_id, {v}.evidence_anchor, {v}.evidence_classification
              FROM agreements a
            """;

    private static final String CURRENT = """
              LEFT JOIN assessments s ON s.agreement_id = a.id
              LEFT JOIN agreements x ON x.id = s.cross_reference_id
            """;

    private static final String APPROVED = """
              LEFT JOIN (assessments s JOIN assessment_approvals v ON v.id = s.approved_approval_id) ON s.agreement_id = a.id
              LEFT JOIN agreements x ON x.id = v.cross_reference_id
            """;

    private static String ratingsSql(boolean includeDrafts) {
        return RATINGS.replace("{v}", includeDrafts ? "s" : "v") + (includeDrafts ? CURRENT : APPROVED);
    }

    /** One instrument and one of its ratings (criterion fields null when it has none). */
    record RatingRow(long agreementId, String countryIso2, @Nullable String type, String status, boolean archived,
                     @Nullable Boolean textPublic, @Nullable String titleDe, @Nullable String titleEn, boolean returnReadmission,
                     @Nullable String criterionCode, @Nullable Integer level, boolean notApplicable, @Nullable String notApplicableReason,
                     @Nullable Long catalogVersionId, @Nullable Long crossReferenceId, @Nullable String crossReferenceType,
                     @Nullable String evidenceReference, @Nullable String evidenceQuote, @Nullable String evidenceSource,
                     @Nullable LocalDate evidenceAsOf, @Nullable String confidence, @Nullable String reviewState,
                     @Nullable Long evidenceDocumentId, @Nullable String evidenceAnchor, @Nullable String evidenceClassification) {
    }

    record RankingRow(String iso2, @Nullable String numericCode, String nameDe, String nameEn, String region,
                      @Nullable Double score, @Nullable Double coverage, int redFlagCount, Map<String, Integer> coreLevels,
                      long instrumentCount, boolean fictitious) {
    }

    record HistoryRow(Instant recordedAt, String profile, long catalogVersionId, @Nullable Double score, double coverage, int redFlagCount) {
    }

    record HistoryInsert(String countryIso2, @Nullable Long agreementId, String profile, long catalogVersionId,
                         @Nullable Double score, double coverage, int redFlagCount) {
    }

    record CountryScoreInsert(String countryIso2, String profile, long catalogVersionId, @Nullable Double score, double coverage,
                              int redFlagCount, @Nullable Integer dpBase, @Nullable Integer purpose, @Nullable Integer oversight,
                              @Nullable Integer capacity) {
    }

    private final JdbcOperations jdbc;

    ScoreRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<RatingRow> ratingsOfAgreement(long agreementId, boolean includeDrafts) {
        return ratings(ratingsSql(includeDrafts) + " WHERE a.id = ? ORDER BY a.id", List.of(agreementId));
    }

    /**
     * The country's non-archived instruments with their ratings. Writers hold the country's row lock and run
     * under READ COMMITTED (application.yml), so a plain read here already sees every earlier writer's rows;
     * a locking read would add shared row locks that deadlock against concurrent approvals.
     */
    List<RatingRow> ratingsOfCountry(String iso2, boolean includeDrafts) {
        return ratings(ratingsSql(includeDrafts) + " WHERE a.country_iso2 = ? AND a.archived_at IS NULL ORDER BY a.id",
                List.of(iso2));
    }

    /**
     * Every non-archived instrument with its ratings, handed over one country at a time. The rows are streamed
     * (Connector/J reads them one by one), so memory holds one country's rows, not all 120,000 of a full dataset;
     * the consumer must not use the database while the rows stream.
     */
    void forEachCountry(boolean includeDrafts, BiConsumer<String, List<RatingRow>> consumer) {
        jdbc.prepareStatement(ratingsSql(includeDrafts) + " WHERE a.archived_at IS NULL ORDER BY a.country_iso2, a.id", ps -> {
            ps.setFetchSize(Integer.MIN_VALUE);
            try (ResultSet rs = ps.executeQuery()) {
                String country = null;
                List<RatingRow> rows = new ArrayList<>();
                while (rs.next()) {
                    RatingRow row = row(rs);
                    if (country != null && !country.equals(row.countryIso2())) {
                        consumer.accept(country, rows);
                        rows = new ArrayList<>();
                    }
                    country = row.countryIso2();
                    rows.add(row);
                }
                if (country != null) {
                    consumer.accept(country, rows);
                }
            }
            return null;
        });
    }

    List<RankingRow> ranking(String profile, @Nullable String region, @Nullable String type) {
        String sql = """
                SELECT c.iso2, c.numeric_code, c.name_de, c.name_en, c.region, c.fictitious, cs.score, cs.coverage, cs.red_flag_count,
                       cs.dp_base_level, cs.purpose_level, cs.indep_oversight_level, cs.capacity_level,
                       (SELECT COUNT(*) FROM agreements n WHERE n.country_iso2 = c.iso2 AND n.archived_at IS NULL) AS instrument_count
                  FROM countries c
                  LEFT JOIN country_scores cs ON cs.country_iso2 = c.iso2 AND cs.profile_code = ?
                 WHERE EXISTS (SELECT 1 FROM agreements a WHERE a.country_iso2 = c.iso2 AND a.archived_at IS NULL
                """ + (type == null ? "" : " AND a.type = ?") + ")" + (region == null ? "" : " AND c.region = ?")
                + " ORDER BY cs.score IS NULL, cs.score DESC, c.name_de";
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            ps.setString(i++, profile);
            if (type != null) {
                ps.setString(i++, type);
            }
            if (region != null) {
                ps.setString(i, region);
            }
            List<RankingRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BigDecimal score = rs.getBigDecimal("score");
                    BigDecimal coverage = rs.getBigDecimal("coverage");
                    Map<String, Integer> core = new java.util.LinkedHashMap<>();
                    core.put(Scoring.DP_BASE, integer(rs, "dp_base_level"));
                    core.put("PURPOSE", integer(rs, "purpose_level"));
                    core.put("INDEP-OVERSIGHT", integer(rs, "indep_oversight_level"));
                    core.put("CAPACITY", integer(rs, "capacity_level"));
                    out.add(new RankingRow(rs.getString("iso2"), rs.getString("numeric_code"), rs.getString("name_de"),
                            rs.getString("name_en"), rs.getString("region"), score == null ? null : score.doubleValue(),
                            coverage == null ? null : coverage.doubleValue(), rs.getInt("red_flag_count"), core,
                            rs.getLong("instrument_count"), rs.getBoolean("fictitious")));
                }
            }
            return out;
        });
    }

    List<HistoryRow> agreementHistory(long agreementId, String profile) {
        return history("SELECT * FROM (SELECT recorded_at, profile_code, catalog_version_id, score, coverage, red_flag_count, id FROM score_history"
                + " WHERE agreement_id = ? AND profile_code = ? ORDER BY recorded_at DESC, id DESC LIMIT 1000) h ORDER BY recorded_at, id",
                ps -> {
                    ps.setLong(1, agreementId);
                    ps.setString(2, profile);
                });
    }

    List<HistoryRow> countryHistory(String iso2, String profile) {
        return history("SELECT * FROM (SELECT recorded_at, profile_code, catalog_version_id, score, coverage, red_flag_count, id FROM score_history"
                + " WHERE country_iso2 = ? AND agreement_id IS NULL AND profile_code = ? ORDER BY recorded_at DESC, id DESC LIMIT 1000) h"
                + " ORDER BY recorded_at, id", ps -> {
                    ps.setString(1, iso2);
                    ps.setString(2, profile);
                });
    }

    void insertHistory(List<HistoryInsert> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("""
                INSERT INTO score_history (country_iso2, agreement_id, profile_code, catalog_version_id, score, coverage, red_flag_count)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", ps -> {
            for (HistoryInsert h : rows) {
                ps.setString(1, h.countryIso2());
                ps.setObject(2, h.agreementId());
                ps.setString(3, h.profile());
                ps.setLong(4, h.catalogVersionId());
                ps.setObject(5, h.score() == null ? null : BigDecimal.valueOf(h.score()));
                ps.setBigDecimal(6, BigDecimal.valueOf(h.coverage()));
                ps.setInt(7, h.redFlagCount());
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    /** Upsert with VALUES(), which MySQL 8.4 and MariaDB 11.4 both accept ({@code INSERT … AS new} is MySQL-only). */
    void upsertCountryScores(List<CountryScoreInsert> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("""
                INSERT INTO country_scores (country_iso2, profile_code, catalog_version_id, score, coverage, red_flag_count,
                                            dp_base_level, purpose_level, indep_oversight_level, capacity_level, computed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP(6))
                ON DUPLICATE KEY UPDATE catalog_version_id = VALUES(catalog_version_id), score = VALUES(score),
                    coverage = VALUES(coverage), red_flag_count = VALUES(red_flag_count), dp_base_level = VALUES(dp_base_level),
                    purpose_level = VALUES(purpose_level), indep_oversight_level = VALUES(indep_oversight_level),
                    capacity_level = VALUES(capacity_level), computed_at = VALUES(computed_at)""", ps -> {
            for (CountryScoreInsert c : rows) {
                ps.setString(1, c.countryIso2());
                ps.setString(2, c.profile());
                ps.setLong(3, c.catalogVersionId());
                ps.setObject(4, c.score() == null ? null : BigDecimal.valueOf(c.score()));
                ps.setBigDecimal(5, BigDecimal.valueOf(c.coverage()));
                ps.setInt(6, c.redFlagCount());
                ps.setObject(7, c.dpBase());
                ps.setObject(8, c.purpose());
                ps.setObject(9, c.oversight());
                ps.setObject(10, c.capacity());
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<HistoryRow> history(String sql, Binder binder) {
        return jdbc.prepareStatement(sql, ps -> {
            binder.bind(ps);
            List<HistoryRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BigDecimal score = rs.getBigDecimal("score");
                    Timestamp at = rs.getTimestamp("recorded_at");
                    out.add(new HistoryRow(at.toInstant(), rs.getString("profile_code"), rs.getLong("catalog_version_id"),
                            score == null ? null : score.doubleValue(), rs.getBigDecimal("coverage").doubleValue(), rs.getInt("red_flag_count")));
                }
            }
            return out;
        });
    }

    private List<RatingRow> ratings(String sql, List<Object> params) {
        return jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<RatingRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        });
    }

    private static RatingRow row(ResultSet rs) throws SQLException {
        Date asOf = rs.getDate("evidence_as_of");
        long catalog = rs.getLong("catalog_version_id");
        Long catalogId = rs.wasNull() ? null : catalog;
        long cross = rs.getLong("cross_reference_id");
        Long crossId = rs.wasNull() ? null : cross;
        boolean textPublic = rs.getBoolean("text_public");
        Boolean textPublicValue = rs.wasNull() ? null : textPublic;
        return new RatingRow(rs.getLong("id"), rs.getString("country_iso2"), rs.getString("type"), rs.getString("status"),
                rs.getTimestamp("archived_at") != null, textPublicValue, rs.getString("title_de"), rs.getString("title_en"),
                rs.getBoolean("return_readmission"), rs.getString("criterion_code"), integer(rs, "level"),
                rs.getBoolean("not_applicable"), rs.getString("not_applicable_reason"), catalogId, crossId,
                rs.getString("cross_reference_type"), rs.getString("evidence_reference"), rs.getString("evidence_quote"),
                rs.getString("evidence_source"), asOf == null ? null : asOf.toLocalDate(), rs.getString("confidence"),
                rs.getString("review_state"), rs.getObject("evidence_document_id", Long.class), rs.getString("evidence_anchor"),
                rs.getString("evidence_classification"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
