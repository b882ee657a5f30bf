package de.bund.partnerschaftsmonitor.shared.cache;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.Sql;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cached views are never older than this instance's last commit: the poll interval here is too long to help. */
@MicronautTest(transactional = false)
@Property(name = "pm.read-cache.poll-interval", value = "1h")
class ReadCacheTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Sql sql;

    private long generation() {
        return sql.count("SELECT generation FROM data_generation WHERE id = 1");
    }

    private Map<String, Object> retitle(long id, String title) {
        Map<String, Object> body = new HashMap<>(Api.get(client, "/api/agreements/" + id));
        body.put("titleDe", title);
        body.remove("sources");
        return body;
    }

    @Test
    void shouldServeTheNewValuesRightAfterACommittedWrite() {
        long id = Api.createAgreement(client, "WS", "TREATY", "SIGNED", List.of(), true);
        String list = "/api/agreements?country=WS&size=100";
        assertThat(Api.get(client, "/api/agreements/" + id)).containsEntry("titleDe", null);
        Api.get(client, list);
        long before = generation();

        Api.send(client, HttpRequest.PUT("/api/agreements/" + id, retitle(id, "Neuer Titel ReadCache")));

        assertThat(generation()).isGreaterThan(before);
        assertThat(Api.get(client, "/api/agreements/" + id)).containsEntry("titleDe", "Neuer Titel ReadCache");
        assertThat(Api.get(client, list).toString()).contains("Neuer Titel ReadCache");
        assertThat(Api.get(client, "/api/countries/WS").toString()).contains("Neuer Titel ReadCache");
    }

    @Test
    void shouldLeaveTheCounterAloneWhenAWriteIsRefused() {
        long id = Api.createAgreement(client, "WS", "MOU", "SIGNED", List.of(), true);
        Map<String, Object> stale = retitle(id, "Erste Fassung");
        Api.send(client, HttpRequest.PUT("/api/agreements/" + id, stale));
        long before = generation();

        assertThatThrownBy(() -> Api.send(client, HttpRequest.PUT("/api/agreements/" + id, stale)))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(409));

        assertThat(generation()).isEqualTo(before);
    }

    @Inject
    ReadCache readCache;

    @Test
    void shouldComputeAViewOnceWhenManyReadersMissItTogether() throws Exception {
        String key = ReadCache.key("test", System.nanoTime());
        AtomicInteger computations = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> reads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                reads.add(pool.submit(() -> {
                    start.await();
                    return readCache.get(key, () -> {
                        computations.incrementAndGet();
                        sleep(300);
                        return new Object();
                    });
                }));
            }
            start.countDown();
            Set<Object> values = new HashSet<>();
            for (Future<Object> read : reads) {
                values.add(read.get(10, TimeUnit.SECONDS));
            }
            assertThat(computations).hasValue(1);
            assertThat(values).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldNotKeepAFailedComputation() {
        String key = ReadCache.key("test", System.nanoTime());
        assertThatThrownBy(() -> readCache.get(key, () -> {
            throw new IllegalArgumentException("database says no");
        })).hasMessage("database says no");
        assertThat(readCache.get(key, () -> "second try")).isEqualTo("second try");
        assertThat(readCache.get(key, () -> "not called")).isEqualTo("second try");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
