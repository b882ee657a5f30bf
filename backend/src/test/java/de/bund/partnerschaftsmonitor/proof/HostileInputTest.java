package de.bund.partnerschaftsmonitor.proof;

import de.bund.partnerschaftsmonitor.proof.HostileCorpus.AcceptedIgnoring;
import de.bund.partnerschaftsmonitor.proof.HostileCorpus.Case;
import de.bund.partnerschaftsmonitor.proof.HostileCorpus.Lenient;
import de.bund.partnerschaftsmonitor.proof.HostileCorpus.Rejected;
import de.bund.partnerschaftsmonitor.proof.HostileCorpus.StoredVerbatim;
import de.bund.partnerschaftsmonitor.proof.HostileCorpus.Target;
import de.bund.partnerschaftsmonitor.shared.Sql;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every case of {@link HostileCorpus} over real HTTP against the real database: a rejected request
 * answers 4xx problem+json and leaves every table as it was; odd but legitimate text is stored verbatim.
 */
@MicronautTest(transactional = false)
class HostileInputTest implements ProofTest {

    @Inject
    EmbeddedServer server;

    @Inject
    Sql sql;

    @Inject
    JsonMapper json;

    RawHttp http;
    long targetId;

    @BeforeAll
    void createTheInstrumentUnderAttack() {
        http = new RawHttp(URI.create(server.getURL().toString()));
        RawHttp.Response created = http.json("POST", "/api/agreements",
                Json.write(HostileCorpus.validAgreement(new Target(0, 0), false)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        targetId = ((Number) read(created.body()).get("id")).longValue();
    }

    @Test
    void shouldHoldAtLeastTwoHundredCases() {
        assertThat(HostileCorpus.all()).hasSizeGreaterThanOrEqualTo(200);
    }

    @TestFactory
    Stream<DynamicTest> shouldRejectHostileInputWithoutStoringAnything() {
        return HostileCorpus.all().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> run(c)));
    }

    private void run(Case c) {
        Target target = currentTarget();
        Tables before = Tables.count(sql);
        String path = c.path().apply(target);
        long auditOfTargetBefore = auditEvents(target.id());

        RawHttp.Response response = http.send(c.method(), path, c.contentType(), c.body().apply(target));

        String seen = c + " -> " + response.status() + " " + response.contentType() + " " + abbreviate(response.body());
        assertThat(response.status()).as("never a server error: %s", seen).isLessThan(500);
        if (c.outcome() instanceof Rejected rejected) {
                assertThat(response.status()).as(seen).isBetween(400, 499);
                if (!rejected.statuses().isEmpty()) {
                    assertThat(rejected.statuses()).as(seen).contains(response.status());
                }
                assertThat(response.isProblem()).as("problem+json: %s", seen).isTrue();
                Map<String, Object> problem = read(response.body());
                assertThat(problem).as(seen).containsEntry("status", response.status()).containsKey("title");
                assertThat(response.body()).as("no internals leak").doesNotContain("Exception", "at de.bund", "at io.micronaut", "SQL");
                assertThat(Tables.count(sql)).as("nothing stored").isEqualTo(before);
                assertThat(currentTarget()).as("the instrument is unchanged").isEqualTo(target);
        } else if (c.outcome() instanceof StoredVerbatim verbatim) {
                assertThat(response.status()).as(seen).isEqualTo(c.method().equals("POST") ? 201 : 200);
                Map<String, Object> stored = readBack(c, response, target, auditOfTargetBefore);
                assertThat(stored.get(verbatim.field())).as("stored verbatim").isEqualTo(verbatim.text());
        } else if (c.outcome() instanceof Lenient) {
            assertThat(response.status()).as(seen).isEqualTo(c.method().equals("POST") ? 201 : 200);
            readBack(c, response, target, auditOfTargetBefore);
        } else if (c.outcome() instanceof AcceptedIgnoring ignoring) {
                assertThat(response.status()).as(seen).isEqualTo(c.method().equals("POST") ? 201 : 200);
                Map<String, Object> stored = readBack(c, response, target, auditOfTargetBefore);
                assertThat(stored).containsAllEntriesOf(ignoring.expect());
                assertThat(stored.get("externalRef")).as("externalRef is the server's").isNull();
                assertThat(String.valueOf(stored.get("createdAt"))).doesNotStartWith("2000");
                if (c.method().equals("POST")) {
                    assertThat(stored).containsEntry("version", 0);
                    assertThat(((Number) stored.get("id")).longValue()).isNotEqualTo(1L);
                }
        }
    }

    /** The stored record, read afresh; a successful write adds exactly one audit event. */
    private Map<String, Object> readBack(Case c, RawHttp.Response response, Target target, long auditOfTargetBefore) {
        boolean created = c.method().equals("POST");
        long id = created ? ((Number) read(response.body()).get("id")).longValue() : target.id();
        RawHttp.Response get = http.send("GET", "/api/agreements/" + id, null, null);
        assertThat(get.status()).isEqualTo(200);
        assertThat(auditEvents(id)).as("exactly one audit event for %s", c).isEqualTo(created ? 1 : auditOfTargetBefore + 1);
        return read(get.body());
    }

    private long auditEvents(long agreementId) {
        return sql.count("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'agreement' AND entity_id = ?", String.valueOf(agreementId));
    }

    private Target currentTarget() {
        RawHttp.Response get = http.send("GET", "/api/agreements/" + targetId, null, null);
        assertThat(get.status()).as(get.body()).isEqualTo(200);
        return new Target(targetId, ((Number) read(get.body()).get("version")).longValue());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String body) {
        try {
            return json.readValue(body, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + abbreviate(body), e);
        }
    }

    private static String abbreviate(String s) {
        return s == null || s.length() < 400 ? s : s.substring(0, 400) + "…";
    }
}
