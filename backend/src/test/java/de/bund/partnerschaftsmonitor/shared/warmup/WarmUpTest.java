package de.bund.partnerschaftsmonitor.shared.warmup;

import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.Sql;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up warm-up runs every heavy library once, on a low-priority daemon thread, and leaves nothing in the database. */
@MicronautTest(transactional = false)
@Property(name = "pm.warmup.enabled", value = "true")
class WarmUpTest implements DatabaseTest {

    /** Everything a warm-up could leave behind if it went through a service: the trail, the write counter, the data. */
    static final List<String> TRACES = List.of("SELECT COUNT(*) FROM audit_events", "SELECT COALESCE(MAX(id), 0) FROM audit_events",
            "SELECT generation FROM data_generation WHERE id = 1", "SELECT COUNT(*) FROM agreements", "SELECT COUNT(*) FROM agreement_documents",
            "SELECT COUNT(*) FROM document_contents", "SELECT COUNT(*) FROM document_units", "SELECT COUNT(*) FROM open_data_releases");

    @Inject
    WarmUpRunner runner;

    @Inject
    Sql sql;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void shouldWarmEveryHeavyLibraryOnALowPriorityBackgroundThreadAfterStart() throws Exception {
        List<WarmUpRunner.Outcome> outcomes = runner.done().get(120, TimeUnit.SECONDS);

        assertThat(outcomes).extracting(WarmUpRunner.Outcome::name)
                .containsExactlyInAnyOrder("XLSX/CSV export", "XLSX import", "PDF brief", "PDF upload");
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.error()).as(o.name()).isNull();
            assertThat(o.thread()).isEqualTo(WarmUpRunner.THREAD);
            assertThat(o.priority()).isEqualTo(Thread.MIN_PRIORITY);
            assertThat(o.daemon()).isTrue();
        });
        assertThat(http.toBlocking().exchange(HttpRequest.GET("/health")).code()).isEqualTo(200);
    }

    @Test
    void shouldLeaveNoTraceInTheDatabaseOrTheAuditTrail() throws Exception {
        runner.done().get(120, TimeUnit.SECONDS);
        Map<String, Long> before = traces();

        List<WarmUpRunner.Outcome> again = runner.runAll();

        assertThat(again).hasSize(4).allSatisfy(o -> assertThat(o.error()).as(o.name()).isNull());
        assertThat(traces()).isEqualTo(before);
    }

    private Map<String, Long> traces() {
        Map<String, Long> traces = new LinkedHashMap<>();
        TRACES.forEach(q -> traces.put(q, sql.count(q)));
        return traces;
    }
}
