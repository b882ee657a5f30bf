package de.bund.partnerschaftsmonitor.shared.cache;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.Sql;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Another instance's commits (here: plain SQL that raises the write counter) end cached views within one poll interval. */
@MicronautTest(transactional = false)
@Property(name = "pm.read-cache.poll-interval", value = "300ms")
class ReadCachePollTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Sql sql;

    @Test
    void shouldDropViewsWithinOnePollIntervalAfterAWriteElsewhere() throws InterruptedException {
        long id = Api.createAgreement(client, "WS", "TREATY", "SIGNED", List.of(), true);
        assertThat(Api.get(client, "/api/agreements/" + id)).containsEntry("titleDe", null);

        // as another instance would: commit, raising the counter
        sql.update("UPDATE agreements SET title_de = 'Anderswo geändert' WHERE id = ?", id);
        Thread.sleep(400);

        assertThat(Api.get(client, "/api/agreements/" + id)).containsEntry("titleDe", "Anderswo geändert");
    }
}
