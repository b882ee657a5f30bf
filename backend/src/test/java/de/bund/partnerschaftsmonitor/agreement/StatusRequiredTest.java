package de.bund.partnerschaftsmonitor.agreement;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A status not chosen (as the form sends it: null) is "choose the status", a wrong one "unknown status". */
@MicronautTest(transactional = false)
class StatusRequiredTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @SuppressWarnings("unchecked")
    List<String> statusCodes(String status) {
        Map<String, Object> body = new HashMap<>(Map.of("countryIso2", "NZ", "type", "MOU", "titleEn", "Status test", "partyLevel", "DE_BILATERAL"));
        body.put("status", status);
        Map<String, Object> problem = Api.problem(http, HttpRequest.POST("/api/agreements", body), 400);
        return ((List<Map<String, Object>>) problem.get("errors")).stream().map(e -> e.get("field") + ":" + e.get("code")).toList();
    }

    @Test
    void shouldAskToChooseAMissingStatusAndNameAnUnknownOne() {
        assertThat(statusCodes(null)).containsExactly("status:agreement.status.required");
        assertThat(statusCodes("MAYBE")).containsExactly("status:agreement.status.unknown");
    }
}
