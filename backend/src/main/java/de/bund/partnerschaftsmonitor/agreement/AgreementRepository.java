package de.bund.partnerschaftsmonitor.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
abstract class AgreementRepository implements CrudRepository<Agreement, Long> {

    /** Sortable properties of the list and the SQL they sort by; anything else is rejected by the controller. */
    static final Map<String, String> SORTS = Map.of(
            "title", "COALESCE(a.title_de, a.title_en, a.title_original)",
            "country", "c.name_de",
            "type", "a.type",
            "status", "a.status",
            "dateSigned", "a.date_signed",
            "dateInForce", "a.date_in_force",
            "updatedAt", "a.updated_at");

    private static final String LIST_COLUMNS = """
            a.id, a.version, a.country_iso2, c.name_de, c.name_en, a.type, a.title_de, a.title_en, a.title_original, a.party_level, a.status,
            a.date_signed, a.date_in_force, a.planned_date, a.lead_ministry, a.archived_at, a.updated_at, c.fictitious,
            (SELECT GROUP_CONCAT(ac.component ORDER BY ac.component SEPARATOR ',')
               FROM agreement_components ac WHERE ac.agreement_id = a.id) AS components
            """;

    private final JdbcOperations jdbc;

    AgreementRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    abstract Optional<Agreement> findByExternalRef(String externalRef);

    abstract boolean existsByIdAndArchivedAtIsNull(Long id);

    @Query("SELECT component FROM agreement_components WHERE agreement_id = :agreementId ORDER BY component")
    abstract List<String> findComponents(Long agreementId);

    @Query("DELETE FROM agreement_components WHERE agreement_id = :agreementId")
    abstract void deleteComponents(Long agreementId);

    @Query("INSERT INTO agreement_components (agreement_id, component) VALUES (:agreementId, :component)")
    abstract void insertComponent(Long agreementId, String component);

    @Query("SELECT * FROM agreements WHERE predecessor_id = :id AND archived_at IS NULL ORDER BY date_signed, id")
    abstract List<Agreement> findSuccessors(Long id);

    /** {@code ranked}: with a text query, the ids the search index found; the list is then within them. */
    @Transactional(readOnly = true)
    Page<AgreementListItem> search(AgreementFilter filter, Pageable pageable, @Nullable List<Long> ranked) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params, ranked);
        String from = " FROM agreements a JOIN countries c ON c.iso2 = a.country_iso2";
        long total = jdbc.prepareStatement("SELECT COUNT(*)" + from + where, ps -> {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        String sql = "SELECT " + LIST_COLUMNS + from + where + orderBy(pageable.getSort()) + " LIMIT ? OFFSET ?";
        List<AgreementListItem> rows = jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            ps.setInt(params.size() + 1, pageable.getSize());
            ps.setLong(params.size() + 2, pageable.getOffset());
            return items(ps);
        });
        return Page.of(rows, pageable, total);
    }

    /**
     * The list rows of {@code ids} in their order. The filters are checked again here: the search index applied them,
     * but the database is the source of truth, and a row that no longer passes is left out. One statement, so no
     * transaction (see SearchRepository).
     */
    @Connectable
    List<AgreementListItem> inOrder(AgreementFilter filter, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        String sql = "SELECT " + LIST_COLUMNS + " FROM agreements a JOIN countries c ON c.iso2 = a.country_iso2" + where(filter, params, ids);
        Map<Long, AgreementListItem> byId = new java.util.HashMap<>();
        jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            return items(ps);
        }).forEach(item -> byId.put(item.id(), item));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static String where(AgreementFilter filter, List<Object> params, @Nullable List<Long> ids) {
        StringBuilder where = new StringBuilder(filter.showArchived() ? " WHERE a.archived_at IS NOT NULL" : " WHERE a.archived_at IS NULL");
        condition(where, params, " AND a.country_iso2 = ?", filter.country());
        condition(where, params, " AND a.type = ?", filter.type());
        condition(where, params, " AND a.status = ?", filter.status());
        condition(where, params, " AND EXISTS (SELECT 1 FROM agreement_components x WHERE x.agreement_id = a.id AND x.component = ?)",
                filter.component());
        if (ids != null) {
            where.append(" AND a.id IN (").append(placeholders(ids.size())).append(')');
            params.addAll(ids);
        }
        return where.toString();
    }

    private static void condition(StringBuilder where, List<Object> params, String sql, @Nullable String value) {
        if (value != null) {
            where.append(sql);
            params.add(value);
        }
    }

    private static List<AgreementListItem> items(PreparedStatement ps) throws SQLException {
        List<AgreementListItem> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(listItem(rs));
            }
        }
        return out;
    }

    @Transactional(readOnly = true)
    List<AgreementListItem> listByCountry(String iso2) {
        String sql = "SELECT " + LIST_COLUMNS + " FROM agreements a JOIN countries c ON c.iso2 = a.country_iso2"
                + " WHERE a.country_iso2 = ? AND a.archived_at IS NULL ORDER BY a.date_signed IS NULL, a.date_signed DESC, a.id";
        return jdbc.prepareStatement(sql, ps -> {
            ps.setString(1, iso2);
            return items(ps);
        });
    }

    private static String orderBy(Sort sort) {
        StringBuilder sql = new StringBuilder(" ORDER BY ");
        for (Sort.Order order : sort.getOrderBy()) {
            String column = SORTS.get(order.getProperty());
            if (column != null) {
                sql.append(column).append(order.isAscending() ? " ASC, " : " DESC, ");
            }
        }
        return sql.append("a.id DESC").toString();
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private static AgreementListItem listItem(ResultSet rs) throws SQLException {
        String type = rs.getString("type");
        String ministry = rs.getString("lead_ministry");
        String components = rs.getString("components");
        Date signed = rs.getDate("date_signed");
        Date inForce = rs.getDate("date_in_force");
        Date planned = rs.getDate("planned_date");
        return new AgreementListItem(
                rs.getLong("id"), rs.getLong("version"), rs.getString("country_iso2"), rs.getString("name_de"),
                rs.getString("name_en"), type == null ? null : AgreementType.valueOf(type), rs.getString("title_de"),
                rs.getString("title_en"), rs.getString("title_original"), PartyLevel.valueOf(rs.getString("party_level")),
                AgreementStatus.valueOf(rs.getString("status")), signed == null ? null : signed.toLocalDate(),
                inForce == null ? null : inForce.toLocalDate(), planned == null ? null : planned.toLocalDate(), ministry == null ? null : Ministry.valueOf(ministry),
                components == null ? List.of() : Arrays.stream(components.split(",")).map(Component::valueOf).toList(),
                rs.getTimestamp("archived_at") != null, rs.getTimestamp("updated_at").toInstant(), rs.getBoolean("fictitious"), null);
    }
}
