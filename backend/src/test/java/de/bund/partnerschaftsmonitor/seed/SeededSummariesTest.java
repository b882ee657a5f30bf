package de.bund.partnerschaftsmonitor.seed;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.Sql;
import io.micronaut.core.type.Argument;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Seeded real instruments carry a German summary beside the English one, on new databases and on upgraded ones. */
@MicronautTest(transactional = false)
class SeededSummariesTest implements DatabaseTest {

    static final Path MIGRATION = Path.of("..", "migrations", "V64__add_german_summaries_to_seeded_agreements.sql");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Sql sql;

    @Inject
    JsonMapper json;

    @Test
    void shouldServeTheGermanAndEnglishSummaryOfEverySeededInstrument() throws IOException {
        List<Map<String, Object>> seed = json.readValue(Files.readAllBytes(Path.of("..", "seed", "agreements.json")),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(seed).hasSize(16);
        for (Map<String, Object> s : seed) {
            assertThat((String) s.get("summaryDe")).as("seeded German summary of %s", s.get("externalRef")).isNotBlank()
                    .isNotEqualTo(s.get("summaryEn"));
            long id = sql.count("SELECT id FROM agreements WHERE external_ref = ?", s.get("externalRef"));
            Map<String, Object> view = Api.get(client, "/api/agreements/" + id);
            assertThat(view).containsEntry("summaryDe", s.get("summaryDe")).containsEntry("summaryEn", s.get("summaryEn"));
        }
    }

    /** A database of the previous version had English summaries only; the migration adds the German ones, leaving edited ones alone. */
    @Test
    void shouldGiveAnOlderDatabaseTheGermanSummariesUnlessTheEnglishOneWasEdited() throws Exception {
        String kenya = german("DE-KE-2024");
        String georgia = german("DE-GE-2023");
        String georgiaEn = english("DE-GE-2023");
        sql.update("UPDATE agreements SET summary_de = NULL WHERE external_ref IN ('DE-KE-2024', 'DE-GE-2023')");
        sql.update("UPDATE agreements SET summary_en = 'Edited by a desk officer.' WHERE external_ref = 'DE-GE-2023'");
        try {
            runMigrationUpdates();
            assertThat(german("DE-KE-2024")).isEqualTo(kenya);
            assertThat(german("DE-GE-2023")).isNull();
        } finally {
            sql.update("UPDATE agreements SET summary_de = ?, summary_en = ? WHERE external_ref = 'DE-GE-2023'", georgia, georgiaEn);
        }
    }

    private void runMigrationUpdates() throws IOException, SQLException {
        List<String> updates = Arrays.stream(Files.readString(MIGRATION).replaceAll("(?m)^--.*\\n", "").split(";\\s*\\n"))
                .map(String::strip).filter(s -> s.startsWith("UPDATE agreements")).toList();
        assertThat(updates).hasSize(16);
        try (Connection c = sql.connection(); Statement st = c.createStatement()) {
            for (String u : updates) {
                st.executeUpdate(u);
            }
            st.executeUpdate("UPDATE data_generation SET generation = generation + 1 WHERE id = 1");
        }
    }

    private String german(String ref) throws SQLException {
        return text("summary_de", ref);
    }

    private String english(String ref) throws SQLException {
        return text("summary_en", ref);
    }

    private String text(String column, String ref) throws SQLException {
        try (Connection c = sql.connection(); PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM agreements WHERE external_ref = ?")) {
            ps.setString(1, ref);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
