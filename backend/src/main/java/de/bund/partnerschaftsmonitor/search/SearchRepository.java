package de.bund.partnerschaftsmonitor.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the search index is built from: agreements, their documents and the documents' units (read-only). Each method is
 * one statement on a connection of its own, without a transaction: under READ COMMITTED a read-only transaction gives a
 * single statement nothing, and its begin and commit were three of every four statements a search or passage request
 * sent to the database (bench/RESULTS.md).
 */
@Singleton
class SearchRepository {

    /** Units that are passages: paragraphs, and articles, texts, preambles and annexes with text of their own. */
    private static final String PASSAGE = "(u.kind = 'PARAGRAPH' OR (u.kind IN ('ARTICLE', 'TEXT', 'PREAMBLE', 'ANNEX') AND TRIM(u.text) <> ''))";

    /** An agreement's texts, and the facts the list filters by. */
    record AgreementText(long id, @Nullable String titleDe, @Nullable String titleEn, @Nullable String titleOriginal,
                         @Nullable String summaryDe, @Nullable String summaryEn, @Nullable String externalRef,
                         String countryNameDe, String countryNameEn, String countryIso2, @Nullable String type, String status,
                         boolean archived, List<String> components, @Nullable String responsibleDesk) {
    }

    record Unit(long documentId, int position, String anchor, String kind, String label, String text) {
    }

    /** A document's metadata as search results show it. */
    record DocumentInfo(long id, long agreementId, String kind, String language, @Nullable String title,
                        @Nullable LocalDate versionDate, String classification, @Nullable String source, boolean current) {
    }

    record AgreementInfo(long id, String countryIso2, @Nullable String titleDe, @Nullable String titleEn,
                         @Nullable String titleOriginal, boolean archived) {
    }

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    SearchRepository(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private List<String> list(@Nullable String array) {
        if (array == null) {
            return List.of();
        }
        try {
            return json.readValue(array, Argument.listOf(String.class));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Connectable
    long generation() {
        return jdbc.prepareStatement("SELECT generation FROM data_generation WHERE id = 1", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /**
     * Fingerprint of every agreement ("a:id" → its version and its current documents' ids and versions, because its
     * ranking document holds their texts) and document ("d:id" → version and whether it is current).
     */
    @Connectable
    Map<String, String> states() {
        Map<String, String> out = new HashMap<>();
        Map<Long, StringBuilder> agreements = new HashMap<>();
        jdbc.prepareStatement("SELECT id, version FROM agreements", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    agreements.put(rs.getLong(1), new StringBuilder(Long.toString(rs.getLong(2))));
                }
            }
            return null;
        });
        jdbc.prepareStatement("SELECT id, version, superseded_by IS NULL AND archived_at IS NULL, agreement_id FROM agreement_documents"
                + " ORDER BY id", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    boolean current = rs.getBoolean(3);
                    out.put("d:" + rs.getLong(1), rs.getLong(2) + (current ? "" : ":off"));
                    StringBuilder agreement = agreements.get(rs.getLong(4));
                    if (current && agreement != null) {
                        agreement.append(DOCUMENTS).append(rs.getLong(1)).append(':').append(rs.getLong(2));
                    }
                }
            }
            return null;
        });
        agreements.forEach((id, fp) -> out.put("a:" + id, fp.toString()));
        return out;
    }

    /** In an agreement's fingerprint, what comes before each current document. */
    static final String DOCUMENTS = ";";

    @Connectable
    List<AgreementText> agreementTexts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String sql = """
                SELECT a.id, a.title_de, a.title_en, a.title_original, a.summary_de, a.summary_en, a.external_ref, c.name_de, c.name_en,
                       a.country_iso2, a.type, a.status, a.archived_at IS NOT NULL,
                       (SELECT GROUP_CONCAT(ac.component ORDER BY ac.component SEPARATOR ',')
                          FROM agreement_components ac WHERE ac.agreement_id = a.id), a.responsible_desk
                  FROM agreements a JOIN countries c ON c.iso2 = a.country_iso2 WHERE a.id IN (%s)""".formatted(placeholders(ids.size()));
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, ids);
            List<AgreementText> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String components = rs.getString(14);
                    out.add(new AgreementText(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                            rs.getString(12), rs.getBoolean(13), components == null ? List.of() : List.of(components.split(",")),
                            rs.getString(15)));
                }
            }
            return out;
        });
    }

    /** A passage's text and its document's language. */
    record Text(String language, String text) {
    }

    /**
     * The passages of the agreement's current documents, document by document. One agreement at a time: the texts of a
     * batch of them (about 100,000 characters each) would not fit the documented 128 MB heap.
     */
    @Connectable
    List<Text> currentPassages(long agreementId) {
        return jdbc.prepareStatement("SELECT d.language, u.text FROM agreement_documents d JOIN document_units u ON u.document_id = d.id"
                + " WHERE d.agreement_id = ? AND d.superseded_by IS NULL AND d.archived_at IS NULL AND " + PASSAGE
                + " ORDER BY d.id, u.position", ps -> {
            ps.setLong(1, agreementId);
            List<Text> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Text(rs.getString(1), rs.getString(2)));
                }
            }
            return out;
        });
    }

    @Connectable
    List<Unit> passages(long documentId) {
        return jdbc.prepareStatement("SELECT u.document_id, u.position, u.anchor, u.kind, u.label, u.text FROM document_units u"
                + " WHERE u.document_id = ? AND " + PASSAGE + " ORDER BY u.position", ps -> {
            ps.setLong(1, documentId);
            List<Unit> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Unit(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            return out;
        });
    }

    @Connectable
    Map<Long, DocumentInfo> documents(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.prepareStatement("SELECT id, agreement_id, kind, language, title, version_date, classification, source,"
                + " superseded_by IS NULL AND archived_at IS NULL FROM agreement_documents WHERE id IN (" + placeholders(ids.size()) + ")", ps -> {
            bind(ps, ids);
            Map<Long, DocumentInfo> out = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), document(rs));
                }
            }
            return out;
        });
    }

    @Connectable
    Optional<DocumentInfo> document(long id) {
        return Optional.ofNullable(documents(List.of(id)).get(id));
    }

    /** The agreement's current documents, in the order a reader expects them; empty if there is no such agreement. */
    @Connectable
    Optional<List<DocumentInfo>> currentDocuments(long agreementId) {
        return jdbc.prepareStatement("SELECT d.id, a.id, d.kind, d.language, d.title, d.version_date, d.classification, d.source, TRUE"
                + " FROM agreements a LEFT JOIN agreement_documents d ON d.agreement_id = a.id AND d.superseded_by IS NULL"
                + " AND d.archived_at IS NULL WHERE a.id = ? ORDER BY d.id", ps -> {
            ps.setLong(1, agreementId);
            List<DocumentInfo> out = new ArrayList<>();
            boolean exists = false;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    exists = true;
                    rs.getLong(1);
                    if (!rs.wasNull()) {
                        out.add(document(rs));
                    }
                }
            }
            return exists ? Optional.of(out) : Optional.<List<DocumentInfo>>empty();
        });
    }

    @Connectable
    Map<Long, AgreementInfo> agreements(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.prepareStatement("SELECT id, country_iso2, title_de, title_en, title_original, archived_at IS NOT NULL FROM agreements"
                + " WHERE id IN (" + placeholders(ids.size()) + ")", ps -> {
            bind(ps, ids);
            Map<Long, AgreementInfo> out = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new AgreementInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getBoolean(6)));
                }
            }
            return out;
        });
    }

    /** A criterion's keywords from the newest published catalogue that has it, or nothing for an unknown code. */
    @Connectable
    Optional<Keywords> keywords(String code) {
        return jdbc.prepareStatement("""
                SELECT c.keywords_de, c.keywords_en FROM criteria c JOIN catalog_versions v ON v.id = c.catalog_version_id
                 WHERE c.code = ? AND v.status = 'PUBLISHED' ORDER BY v.published_at DESC, v.id DESC LIMIT 1""", ps -> {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Keywords(list(rs.getString(1)), list(rs.getString(2))))
                        : Optional.<Keywords>empty();
            }
        });
    }

    record Keywords(List<String> de, List<String> en) {
    }

    private static DocumentInfo document(ResultSet rs) throws SQLException {
        Date date = rs.getDate(6);
        return new DocumentInfo(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                date == null ? null : date.toLocalDate(), rs.getString(7), rs.getString(8), rs.getBoolean(9));
    }

    private static String placeholders(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> "?").collect(Collectors.joining(", "));
    }

    private static void bind(PreparedStatement ps, Collection<Long> ids) throws SQLException {
        int i = 1;
        for (Long id : ids) {
            ps.setLong(i++, id);
        }
    }
}
