package de.bund.partnerschaftsmonitor.search;

import de.bund.partnerschaftsmonitor.shared.DocumentFixture;
import de.bund.partnerschaftsmonitor.shared.Sql;
import de.bund.partnerschaftsmonitor.shared.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index under its folder: built from the database when missing, reopened without a rebuild when current, rebuilt
 * when the folder is deleted, and following writes made elsewhere (two application contexts on one database, each with
 * its own index folder, with the production poll interval).
 */
class SearchIndexLifecycleTest {

    static ApplicationContext start(Path folder) {
        Map<String, Object> props = new HashMap<>(TestDatabase.properties());
        props.put("pm.search.index-dir", folder.toString());
        props.put("pm.read-cache.poll-interval", "500ms");
        props.put("micronaut.server.port", "-1");
        return ApplicationContext.builder(Environment.TEST).properties(props).start();
    }

    static long agreementId(ApplicationContext ctx) {
        return ctx.getBean(Sql.class).count("SELECT MIN(id) FROM agreements WHERE archived_at IS NULL");
    }

    static boolean finds(ApplicationContext ctx, String q) {
        return !ctx.getBean(TextSearch.class).search(q, 0, 10).hits().isEmpty();
    }

    static void within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within %s", limit).isLessThan(end);
            Thread.sleep(50);
        }
    }

    static void delete(Path folder) throws Exception {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void shouldBuildReopenWithoutRebuildAndRebuildWhenTheFolderIsGone() throws Exception {
        Path folder = Files.createTempDirectory("pm-index-lifecycle");
        String n = PassageFinderTest.nonce();
        try (ApplicationContext first = start(folder)) {
            DocumentFixture.document(first.getBean(Sql.class), agreementId(first)).paragraph(1, "Die Aufsichtsbehörde " + n + " prüft.").store();
            within(Duration.ofSeconds(5), () -> finds(first, "Aufsicht " + n));
            assertThat(first.getBean(SearchIndex.class).rebuilds()).as("built from nothing").isEqualTo(1);
        }
        try (ApplicationContext again = start(folder)) {
            SearchIndex index = again.getBean(SearchIndex.class);
            assertThat(finds(again, "Aufsicht " + n)).isTrue();
            assertThat(index.rebuilds()).as("reopened, not rebuilt").isZero();
            assertThat(index.reindexed()).as("nothing changed, nothing reindexed").isZero();
        }
        delete(folder);
        try (ApplicationContext rebuilt = start(folder)) {
            SearchIndex index = rebuilt.getBean(SearchIndex.class);
            assertThat(finds(rebuilt, "Aufsicht " + n)).isTrue();
            assertThat(index.rebuilds()).isEqualTo(1);
            assertThat(index.segments()).as("a build from nothing is merged into one segment").isEqualTo(1);
            DocumentFixture.document(rebuilt.getBean(Sql.class), agreementId(rebuilt)).paragraph(1, "Die Rückübernahme " + n + " gilt.").store();
            within(Duration.ofSeconds(5), () -> finds(rebuilt, "Rückübernahme " + n));
            assertThat(index.segments()).as("a later write is not merged into it at once").isGreaterThan(1);
            assertThat(finds(rebuilt, "Aufsicht " + n)).isTrue();
        }
        delete(folder);
    }

    @Test
    void shouldFollowAWriteMadeThroughAnotherInstance() throws Exception {
        Path a = Files.createTempDirectory("pm-index-a");
        Path b = Files.createTempDirectory("pm-index-b");
        String n = PassageFinderTest.nonce();
        try (ApplicationContext first = start(a); ApplicationContext second = start(b)) {
            assertThat(finds(second, "Rückübernahme " + n)).isFalse();
            long doc = DocumentFixture.document(first.getBean(Sql.class), agreementId(first))
                    .paragraph(2, "Das Rückübernahmeabkommen " + n + " gilt.").store();
            within(Duration.ofSeconds(3), () -> finds(second, "Rückübernahme " + n));
            DocumentFixture.archive(first.getBean(Sql.class), doc);
            within(Duration.ofSeconds(3), () -> !finds(second, "Rückübernahme " + n));
        } finally {
            delete(a);
            delete(b);
        }
    }

    @Test
    void shouldMarkTheWholeCompoundThatAWordPartFoundAfterAReopen() throws Exception {
        Path folder = Files.createTempDirectory("pm-index-marks");
        String n = PassageFinderTest.nonce();
        try {
            try (ApplicationContext ctx = start(folder)) {
                DocumentFixture.document(ctx.getBean(Sql.class), agreementId(ctx)).paragraph(1, "Die Aufsichtsbehörde " + n + " prüft.").store();
                within(Duration.ofSeconds(5), () -> finds(ctx, "Aufsicht " + n));
            }
            try (ApplicationContext ctx = start(folder)) {
                TextSearch.Hit hit = ctx.getBean(TextSearch.class).search("Aufsicht " + n, 0, 10).hits().get(0);
                assertThat(hit.snippet().marks()).extracting(m -> hit.snippet().text().substring(m.start(), m.end()))
                        .as("the compound and the nonce, marked by the terms the query was built from")
                        .containsExactly("Aufsichtsbehörde", n);
            }
        } finally {
            delete(folder);
        }
    }
}
