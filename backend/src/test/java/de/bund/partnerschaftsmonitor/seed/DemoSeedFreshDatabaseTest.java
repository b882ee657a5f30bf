package de.bund.partnerschaftsmonitor.seed;

import de.bund.partnerschaftsmonitor.country.CountryService;
import de.bund.partnerschaftsmonitor.scorecard.ScorecardService;
import de.bund.partnerschaftsmonitor.shared.Sql;
import de.bund.partnerschaftsmonitor.shared.db.EmbeddedDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a database of its own: first the application without the demo seed (nothing of the demo exists), then with it and
 * with a document store (the texts are stored first, and each rating's evidence links to its passage).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSeedFreshDatabaseTest {

    EmbeddedDatabase db;
    Path dir;
    Map<String, Object> props;

    @BeforeAll
    void startDatabase() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        dir = Files.createTempDirectory("pm-demo-seed-db");
        db = EmbeddedDatabase.start(dir, port);
        props = new HashMap<>(db.properties());
    }

    @AfterAll
    void stopDatabase() throws IOException {
        if (db != null) {
            db.stop();
        }
        // Half a gigabyte of server and data: leave nothing behind in the temp folder.
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    @Test
    void shouldHaveNothingOfTheDemoWithoutTheSeedAndLinkEveryQuoteToItsPassageWithIt() throws Exception {
        Map<String, Object> off = new HashMap<>(props);
        off.put("pm.seed.enabled", "false");
        try (ApplicationContext ctx = ApplicationContext.builder(Environment.TEST).properties(off).start()) {
            Sql sql = ctx.getBean(Sql.class);
            assertThat(ctx.containsBean(DemoSeeder.class)).isFalse();
            assertThat(sql.count("SELECT COUNT(*) FROM countries WHERE iso2 = 'QM' OR fictitious = TRUE")).isZero();
            assertThat(sql.count("SELECT COUNT(*) FROM agreements")).isZero();
            assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'country'")).isZero();
            assertThat(ctx.getBean(CountryService.class).find("QM")).isEmpty();
            assertThat(ctx.getBean(ScorecardService.class).ranking(null, null, null, false)).isEmpty();
        }

        Map<String, Object> on = new HashMap<>(props);
        on.put("pm.seed.enabled", "true");
        try (ApplicationContext ctx = ApplicationContext.builder(Environment.TEST).properties(on).start()) {
            Sql sql = ctx.getBean(Sql.class);
            assertThat(sql.count("SELECT COUNT(*) FROM countries WHERE fictitious = TRUE AND iso2 = 'QM'")).isEqualTo(1);
            assertThat(sql.count("SELECT COUNT(*) FROM agreement_documents d JOIN agreements a ON a.id = d.agreement_id"
                    + " WHERE a.country_iso2 = 'QM' AND d.classification = 'OFFEN' AND d.uploaded_by = 'desk.officer'")).isEqualTo(6);
            assertThat(sql.count("SELECT COUNT(*) FROM agreement_documents d JOIN agreements a ON a.id = d.agreement_id"
                    + " WHERE a.country_iso2 <> 'QM'")).isZero();

            List<Map<String, Object>> ratings;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(DemoSeeder.DIR + "assessments.json")) {
                ratings = ctx.getBean(JsonMapper.class).readValue(in, Argument.listOf(Argument.mapOf(String.class, Object.class)));
            }
            int linked = 0;
            for (Map<String, Object> r : ratings) {
                if (r.get("document") == null) {
                    assertThat(sql.count("SELECT COUNT(*) FROM assessments s JOIN agreements a ON a.id = s.agreement_id"
                            + " WHERE a.external_ref = ? AND s.criterion_code = ? AND s.evidence_document_id IS NULL",
                            r.get("externalRef"), r.get("criterionId"))).isEqualTo(1);
                    continue;
                }
                String anchorCheck = r.get("anchor") == null ? "s.evidence_anchor IS NULL" : "s.evidence_anchor = '" + r.get("anchor") + "'";
                assertThat(sql.count("SELECT COUNT(*) FROM assessments s JOIN agreements a ON a.id = s.agreement_id"
                        + " JOIN agreement_documents d ON d.id = s.evidence_document_id AND d.agreement_id = a.id"
                        + " WHERE a.external_ref = ? AND s.criterion_code = ? AND s.review_state = 'APPROVED' AND " + anchorCheck
                        + " AND d.source = ?", r.get("externalRef"), r.get("criterionId"), DemoSeeder.source((String) r.get("document"))))
                        .as("%s %s", r.get("externalRef"), r.get("criterionId")).isEqualTo(1);
                if (r.get("anchor") != null) {
                    // The documents feature parsed the text: the seed's anchor is a unit of it, holding the quote.
                    assertThat(sql.count("SELECT COUNT(*) FROM assessments s JOIN agreements a ON a.id = s.agreement_id"
                            + " JOIN document_units u ON u.document_id = s.evidence_document_id AND u.anchor = s.evidence_anchor"
                            + " WHERE a.external_ref = ? AND s.criterion_code = ? AND INSTR(u.text, s.evidence_quote) > 0",
                            r.get("externalRef"), r.get("criterionId"))).as("unit %s of %s", r.get("anchor"), r.get("externalRef")).isEqualTo(1);
                }
                linked++;
            }
            assertThat(linked).isEqualTo(35);
            // Passages travel in the rating request; only "whole text searched" links (no anchor) are set afterwards.
            long withoutAnchor = ratings.stream().filter(r -> r.get("document") != null && r.get("anchor") == null).count();
            assertThat(withoutAnchor).isPositive();
            assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE action = 'LINK_EVIDENCE' AND actor = 'desk.officer'"))
                    .isEqualTo(withoutAnchor);
            assertThat(ctx.getBean(ScorecardService.class).ranking(null, null, null, false)).filteredOn(e -> e.iso2().equals("QM"))
                    .singleElement().satisfies(e -> {
                        assertThat(e.fictitious()).isTrue();
                        assertThat(e.score()).isNotNull();
                    });
        }
    }
}
