package de.bund.partnerschaftsmonitor.proof;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.Sql;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database breaks a deadlock by rolling back one transaction. When that is the application's, the write runs again
 * and succeeds, and the rolled-back attempt leaves nothing behind.
 */
@MicronautTest(transactional = false)
class DeadlockRetryTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Sql sql;

    @Test
    void shouldRunAWriteAgainWhenTheDatabaseRolledItBackToBreakADeadlock() throws Exception {
        long id = Api.createAgreement(client, "TO", "TREATY", "SIGNED", List.of(), true);
        Map<String, Object> body = new HashMap<>(Api.get(client, "/api/agreements/" + id));
        body.put("titleDe", "Nach dem Deadlock gespeichert");
        body.remove("sources");

        CompletableFuture<HttpResponse<Map>> put;
        try (Connection other = sql.connection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("SELECT id FROM agreements WHERE id = ? FOR UPDATE");
                 Statement s = other.createStatement()) {
                lock.setLong(1, id);
                lock.executeQuery().close();
                // Many undo records make this transaction the heavier one: InnoDB rolls back the lighter, the application's.
                s.executeUpdate("INSERT INTO audit_events (actor, action, entity_type, entity_id) "
                        + "SELECT 'deadlock.test', 'TEST', 'weight', iso2 FROM countries");

                // The application takes the country's lock, then waits for the instrument's row held here ...
                put = CompletableFuture.supplyAsync(() -> client.toBlocking().exchange(HttpRequest.PUT("/api/agreements/" + id, body), Map.class));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                // (information_schema.INNODB_TRX on MariaDB does not list a transaction before its first write: use the statement)
                while (sql.count("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE 'UPDATE `agreements`%'") == 0) {
                    assertThat(put).as("the application must still be waiting, not done").isNotDone();
                    assertThat(System.nanoTime()).as("the application waits for the row lock").isLessThan(deadline);
                    Thread.sleep(20);
                }
                // ... and this transaction now wants the country's lock: a cycle, which the database breaks.
                s.executeQuery("SELECT iso2 FROM countries WHERE iso2 = 'TO' FOR UPDATE").close();
            } finally {
                other.rollback();
            }
        }

        HttpResponse<Map> response = put.get(30, TimeUnit.SECONDS);
        assertThat(response.getStatus().getCode()).isEqualTo(200);
        assertThat(Api.get(client, "/api/agreements/" + id)).containsEntry("titleDe", "Nach dem Deadlock gespeichert").containsEntry("version", 1);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'agreement' AND entity_id = ? AND action = 'UPDATE'",
                String.valueOf(id))).isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE actor = 'deadlock.test'")).isZero();
    }
}
