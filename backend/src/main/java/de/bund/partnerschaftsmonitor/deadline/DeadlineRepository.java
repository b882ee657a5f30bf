package de.bund.partnerschaftsmonitor.deadline;

import de.bund.partnerschaftsmonitor.agreement.AgreementStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The facts deadlines are made of, filtered by country and desk in SQL; one query per kind of fact. */
@Singleton
class DeadlineRepository {

    private static final String FROM = " FROM agreements a JOIN countries c ON c.iso2 = a.country_iso2 WHERE a.archived_at IS NULL";

    private final JdbcOperations jdbc;

    DeadlineRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Scope of a read: {@code null} means any. */
    record Scope(@Nullable String country, @Nullable String desk) {
        static final Scope ALL = new Scope(null, null);

        String where(List<Object> params) {
            StringBuilder sql = new StringBuilder();
            if (country != null) {
                sql.append(" AND a.country_iso2 = ?");
                params.add(country);
            }
            if (desk != null) {
                sql.append(" AND a.responsible_desk = ?");
                params.add(desk);
            }
            return sql.toString();
        }
    }

    @Transactional(readOnly = true)
    List<DeadlineFacts.Instrument> instruments(Scope scope) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT a.id, a.country_iso2, c.name_de, c.name_en, a.title_de, a.title_en, a.title_original, a.responsible_desk,"
                + " a.status, a.date_signed, a.date_in_force, a.date_end, a.next_review_due, a.planned_date" + FROM + scope.where(params);
        return query(sql, params, rs -> new DeadlineFacts.Instrument(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), AgreementStatus.valueOf(rs.getString(9)),
                date(rs, 10), date(rs, 11), date(rs, 12), date(rs, 13), date(rs, 14)));
    }

    /** Ratings submitted before {@code before} and not yet decided. */
    @Transactional(readOnly = true)
    List<DeadlineFacts.PendingRating> pendingRatings(Scope scope, Instant before) {
        List<Object> params = new ArrayList<>();
        params.add(Timestamp.from(before));
        String sql = "SELECT s.id, s.agreement_id, s.criterion_code, s.submitted_at FROM assessments s"
                + " JOIN agreements a ON a.id = s.agreement_id WHERE s.review_state = 'SUBMITTED' AND s.submitted_at < ?"
                + " AND a.archived_at IS NULL" + scope.where(params);
        return query(sql, params, rs -> new DeadlineFacts.PendingRating(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getTimestamp(4).toInstant()));
    }

    /** Instruments in force and the core criteria of the current catalogue they have no level (or N/A) for. */
    @Transactional(readOnly = true)
    List<DeadlineFacts.UnratedCore> unratedCore(Scope scope) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT a.id, cr.code FROM agreements a JOIN criteria cr ON cr.catalog_version_id ="
                + " (SELECT id FROM catalog_versions WHERE status = 'PUBLISHED' ORDER BY published_at DESC, id DESC LIMIT 1)"
                + " AND cr.core = TRUE AND cr.retired = FALSE"
                + " WHERE a.archived_at IS NULL AND a.status = 'IN_FORCE'" + scope.where(params)
                + " AND NOT EXISTS (SELECT 1 FROM assessments s WHERE s.agreement_id = a.id AND s.criterion_code = cr.code"
                + " AND (s.level IS NOT NULL OR s.not_applicable = TRUE))"
                + " ORDER BY a.id, cr.display_order";
        Map<Long, List<String>> byAgreement = new LinkedHashMap<>();
        query(sql, params, rs -> byAgreement.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)));
        return byAgreement.entrySet().stream().map(e -> new DeadlineFacts.UnratedCore(e.getKey(), e.getValue())).toList();
    }

    @Transactional(readOnly = true)
    boolean countryExists(String iso2) {
        return !query("SELECT 1 FROM countries WHERE iso2 = ?", List.of(iso2), rs -> 1).isEmpty();
    }

    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** The one place here that binds parameters and maps rows. */
    <T> List<T> query(String sql, List<?> params, Row<T> row) {
        return jdbc.prepareStatement(sql, (PreparedStatement ps) -> {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        });
    }

    int update(String sql, Object... params) {
        return jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        });
    }

    static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
