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

    @Transactional(readOnly = true)
    /** {@code ranked}: with a text query, the ids the search index found, best first; unsorted lists keep that order. */
    Page<AgreementListItem> search(AgreementFilter filter, Pageable pageable, @Nullable List<Long> ranked) {
        StringBuilder where = new StringBuilder(filter.showArchived() ? " WHERE a.archived_at IS NOT NULL" : " WHERE a.archived_at IS NULL");
        List<Object> params = new ArrayList<>();
        if (filter.country() != null) {
            where.append(" AND a.country_iso2 = ?");
            params.add(filter.country());
        }
        if (filter.type() != null) {
            where.append(" AND a.type = ?");
            params.add(filter.type());
        }
        if (filter.status() != null) {
            where.append(" AND a.status = ?");
            params.add(filter.status());
        }
        if (filter.component() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM agreement_components x WHERE x.agreement_id = a.id AND x.component = ?)");
            params.add(filter.component());
        }
        if (ranked != null) {
            where.append(" AND a.id IN (").append(placeholders(ranked.size())).append(')');
            params.addAll(ranked);
        }
        String from = " FROM agreements a JOIN countries c ON c.iso2 = a.country_iso2";
        if (ranked != null && !pageable.getSort().isSorted()) {
            return pageByRank(from + where, params, pageable, ranked);
        }
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
            List<AgreementListItem> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(listItem(rs));
                }
            }
            return out;
        });
        return Page.of(rows, pageable, total);
    }

    /**
     * A page in the search index's order: the ids that pass the filters, ordered and paged by rank here, then the list
     * columns of the page's rows only. Ordering thousands of rows by {@code FIELD(id, …)} in the database compared each
     * row with the whole ranked list, and counted them in a second pass.
     */
    private Page<AgreementListItem> pageByRank(String fromWhere, List<Object> params, Pageable pageable, List<Long> ranked) {
        java.util.Set<Long> passing = new java.util.HashSet<>(jdbc.prepareStatement("SELECT a.id" + fromWhere, ps -> {
            bind(ps, params);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }));
        List<Long> ordered = ranked.stream().filter(passing::contains).toList();
        int from = (int) Math.min(pageable.getOffset(), ordered.size());
        List<Long> page = ordered.subList(from, Math.min(ordered.size(), from + pageable.getSize()));
        if (page.isEmpty()) {
            return Page.of(List.of(), pageable, (long) ordered.size());
        }
        Map<Long, AgreementListItem> byId = jdbc.prepareStatement("SELECT " + LIST_COLUMNS
                + " FROM agreements a JOIN countries c ON c.iso2 = a.country_iso2 WHERE a.id IN (" + placeholders(page.size()) + ")", ps -> {
            bind(ps, new ArrayList<>(page));
            Map<Long, AgreementListItem> out = new java.util.HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AgreementListItem item = listItem(rs);
                    out.put(item.id(), item);
                }
            }
            return out;
        });
        return Page.of(page.stream().map(byId::get).filter(java.util.Objects::nonNull).toList(), pageable, (long) ordered.size());
    }

    @Transactional(readOnly = true)
    List<AgreementListItem> listByCountry(String iso2) {
        String sql = "SELECT " + LIST_COLUMNS + " FROM agreements a JOIN countries c ON c.iso2 = a.country_iso2"
                + " WHERE a.country_iso2 = ? AND a.archived_at IS NULL ORDER BY a.date_signed IS NULL, a.date_signed DESC, a.id";
        return jdbc.prepareStatement(sql, ps -> {
            ps.setString(1, iso2);
            List<AgreementListItem> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(listItem(rs));
                }
            }
            return out;
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
