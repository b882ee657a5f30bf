package de.bund.partnerschaftsmonitor.proof;

import de.bund.partnerschaftsmonitor.proof.HostileCorpus.Target;
import de.bund.partnerschaftsmonitor.shared.Sql;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ConcurrentEditTest implements ProofTest {

    static final int WRITERS = 50;

    @Inject
    EmbeddedServer server;

    @Inject
    Sql sql;

    @Inject
    JsonMapper json;

    RawHttp http;

    @BeforeAll
    void setUp() {
        http = new RawHttp(URI.create(server.getURL().toString()));
    }

    record Attempt(String title, RawHttp.Response response) {
    }

    @Test
    void shouldLetExactlyOneOfFiftyParallelEditsOfTheSameVersionWin() throws Exception {
        long id = create();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<Attempt>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < WRITERS; i++) {
                String title = "Paralleler Bearbeiter " + i;
                Map<String, Object> body = HostileCorpus.validAgreement(new Target(id, 0), true);
                body.put("titleDe", title);
                body.put("components", List.of("RETURN_READMISSION", i % 2 == 0 ? "OTHER" : "SKILLED_LABOUR"));
                String payload = Json.write(body);
                futures.add(pool.submit(() -> {
                    start.await();
                    return new Attempt(title, http.json("PUT", "/api/agreements/" + id, payload));
                }));
            }
            start.countDown();
            List<Attempt> attempts = new ArrayList<>();
            for (Future<Attempt> f : futures) {
                attempts.add(f.get(60, TimeUnit.SECONDS));
            }

            List<Attempt> won = attempts.stream().filter(a -> a.response().status() == 200).toList();
            List<Attempt> lost = attempts.stream().filter(a -> a.response().status() == 409).toList();
            assertThat(won).as("statuses %s", attempts.stream().map(a -> a.response().status() + " " + a.response().body()).toList())
                    .hasSize(1);
            assertThat(lost).hasSize(WRITERS - 1).allSatisfy(a -> assertThat(a.response().isProblem()).isTrue());

            Map<String, Object> stored = read(http.send("GET", "/api/agreements/" + id, null, null).body());
            Map<String, Object> winner = read(won.get(0).response().body());
            assertThat(stored).containsEntry("titleDe", won.get(0).title()).containsEntry("version", 1)
                    .containsEntry("components", winner.get("components"));
            // FINDING: the PUT answer carries updatedAt in nanoseconds; the column rounds it to microseconds.
            java.time.Duration drift = java.time.Duration.between(instant(winner.remove("updatedAt")), instant(stored.remove("updatedAt")));
            assertThat(drift.abs()).isLessThanOrEqualTo(java.time.Duration.ofNanos(1000));
            assertThat(stored).isEqualTo(winner);
            assertThat(sql.count("SELECT COUNT(*) FROM agreement_components WHERE agreement_id = ?", id)).isEqualTo(2);
            assertThat(sql.count("SELECT COUNT(*) FROM agreement_sources WHERE agreement_id = ?", id)).isEqualTo(1);
            assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'agreement' AND entity_id = ? AND action = 'UPDATE'",
                    String.valueOf(id))).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The losers of a race to rate a criterion first are in conflict with the winner's rating: 409, never 400 or 500. */
    @Test
    void shouldAnswer409ToEveryLoserOfARaceToRateACriterionFirst() throws Exception {
        long id = create();
        int raters = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(raters);
        List<Future<RawHttp.Response>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < raters; i++) {
                Map<String, Object> body = de.bund.partnerschaftsmonitor.shared.Api.rating(i % 2 + 1, null);
                String payload = Json.write(body);
                futures.add(pool.submit(() -> {
                    start.await();
                    return http.json("PUT", "/api/agreements/" + id + "/assessments/DP-BASE", payload);
                }));
            }
            start.countDown();
            List<RawHttp.Response> responses = new ArrayList<>();
            for (Future<RawHttp.Response> f : futures) {
                responses.add(f.get(60, TimeUnit.SECONDS));
            }
            String seen = responses.stream().map(r -> r.status() + " " + r.body()).toList().toString();
            assertThat(responses.stream().filter(r -> r.status() == 200)).as(seen).hasSize(1);
            assertThat(responses.stream().filter(r -> r.status() != 200)).as(seen).hasSize(raters - 1)
                    .allSatisfy(r -> assertThat(r.status()).isEqualTo(409))
                    .allSatisfy(r -> assertThat(r.isProblem()).isTrue());
            assertThat(sql.count("SELECT COUNT(*) FROM assessments WHERE agreement_id = ? AND criterion_code = 'DP-BASE'", id)).isEqualTo(1);
            assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'assessment' AND entity_id = ?", id + "/DP-BASE"))
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static java.time.Instant instant(Object value) {
        return java.time.Instant.parse((String) value);
    }

    private long create() {
        RawHttp.Response created = http.json("POST", "/api/agreements", Json.write(HostileCorpus.validAgreement(new Target(0, 0), false)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return ((Number) read(created.body()).get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String body) {
        try {
            return json.readValue(body, Map.class);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
