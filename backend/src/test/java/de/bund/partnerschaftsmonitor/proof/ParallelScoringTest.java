package de.bund.partnerschaftsmonitor.proof;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.TestAuth;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Many people rating, submitting and approving across many instruments at once: afterwards the
 * maintained ranking (written inside each approval's transaction) must equal a fresh computation from
 * the stored ratings, for every country touched.
 */
@MicronautTest(transactional = false)
class ParallelScoringTest implements ProofTest {

    private static final List<String> COUNTRIES = List.of("FJ", "WS", "TO", "VU");
    private static final List<String> CRITERIA = List.of("DP-BASE", "PURPOSE", "INDEP-OVERSIGHT", "MONITOR-EVAL", "TRANSFER-SEC");

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void shouldKeepEveryCountryScoreConsistentWithARecomputationAfterParallelRatings() throws Exception {
        List<Long> instruments = new ArrayList<>();
        for (String iso2 : COUNTRIES) {
            for (int i = 0; i < 3; i++) {
                instruments.add(Api.createAgreement(client, iso2, "TREATY", "IN_FORCE", List.of("SKILLED_LABOUR"), true));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < instruments.size(); t++) {
            long id = instruments.get(t);
            String author = TestAuth.as("parallel.author" + t, "DESK_OFFICER");
            String reviewer = TestAuth.as("parallel.reviewer" + t, "DESK_OFFICER");
            Random random = new Random(t);
            work.add(pool.submit(() -> {
                for (String criterion : CRITERIA) {
                    int level = random.nextInt(4);
                    Map<String, Object> rated = Api.send(client, HttpRequest.PUT("/api/agreements/" + id + "/assessments/" + criterion,
                            Api.rating(level, null)).header(TestAuth.HEADER, author));
                    Map<String, Object> submitted = Api.send(client, post(id, criterion, "submit", rated, author));
                    Api.send(client, post(id, criterion, "approve", submitted, reviewer));
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Map<String, Map<String, Object>> ranking = new java.util.HashMap<>();
        for (Map<String, Object> entry : Api.list(client, "/api/scorecards?region=OCEANIA")) {
            ranking.put((String) entry.get("iso2"), entry);
        }
        for (String iso2 : COUNTRIES) {
            Map<String, Object> computed = Api.get(client, "/api/countries/" + iso2 + "/scorecard");
            Map<String, Object> maintained = ranking.get(iso2);
            assertThat(maintained).as("ranking entry for %s", iso2).isNotNull();
            assertThat(computed.get("score")).as("score of %s", iso2).isNotNull();
            assertThat(((Number) maintained.get("score")).doubleValue()).as("maintained score of %s", iso2)
                    .isCloseTo(((Number) computed.get("score")).doubleValue(), within(0.01));
            assertThat(((Number) maintained.get("coverage")).doubleValue())
                    .isCloseTo(((Number) computed.get("coverage")).doubleValue(), within(0.0001));
        }
    }

    private static io.micronaut.http.MutableHttpRequest<Map<String, Object>> post(long id, String criterion, String action,
                                                                                Map<String, Object> view, String who) {
        return HttpRequest.POST("/api/agreements/" + id + "/assessments/" + criterion + "/" + action,
                Map.of("version", view.get("version"))).header(TestAuth.HEADER, who);
    }
}
