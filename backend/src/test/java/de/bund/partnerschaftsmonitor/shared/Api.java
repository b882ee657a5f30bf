package de.bund.partnerschaftsmonitor.shared;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Small JSON-over-HTTP helpers for API tests. */
public final class Api {

    public static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);
    public static final Argument<Map<String, Object>> JSON = MAP;
    public static final Argument<List<Map<String, Object>>> LIST = Argument.listOf(MAP);

    private Api() {
    }

    public static Map<String, Object> get(HttpClient client, String uri) {
        return client.toBlocking().retrieve(HttpRequest.GET(uri), MAP);
    }

    public static List<Map<String, Object>> list(HttpClient client, String uri) {
        return client.toBlocking().retrieve(HttpRequest.GET(uri), LIST);
    }

    public static Map<String, Object> send(HttpClient client, MutableHttpRequest<?> request) {
        return client.toBlocking().retrieve(request, MAP);
    }

    /** Sends a request that must fail and returns the problem+json body after checking status and content type. */
    public static Map<String, Object> problem(HttpClient client, MutableHttpRequest<?> request, int status) {
        try {
            client.toBlocking().exchange(request, MAP);
        } catch (HttpClientResponseException e) {
            assertThat(e.getStatus().getCode()).as("status of %s %s", request.getMethod(), request.getPath()).isEqualTo(status);
            assertThat(e.getResponse().getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
            return e.getResponse().getBody(MAP).orElseThrow();
        }
        return fail("Expected HTTP " + status + " for " + request.getMethod() + " " + request.getPath());
    }

    @SuppressWarnings("unchecked")
    public static List<String> strings(Object value) {
        return (List<String>) value;
    }

    /** Field names of a problem's {@code errors}. */
    @SuppressWarnings("unchecked")
    public static List<String> fields(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.getOrDefault("errors", List.of())).stream().map(e -> (String) e.get("field")).toList();
    }

    /** Creates an instrument through the API and returns its id. */
    public static long createAgreement(HttpClient client, String iso2, String type, String status, List<String> components, Boolean textPublic) {
        Map<String, Object> body = new HashMap<>();
        body.put("countryIso2", iso2);
        body.put("type", type);
        body.put("titleEn", "Test " + type + " " + iso2 + " " + System.nanoTime());
        body.put("partyLevel", "DE_BILATERAL");
        body.put("status", status);
        body.put("components", components);
        body.put("textPublic", textPublic);
        Map<String, Object> created = send(client, HttpRequest.POST("/api/agreements", body));
        return ((Number) created.get("id")).longValue();
    }

    public static Map<String, Object> evidence() {
        return Map.of("reference", "Art. 7(2)", "quote", "Die Vertragsparteien schützen personenbezogene Daten.",
                "source", "https://example.org/agreement.pdf", "asOf", "2025-01-15");
    }

    /** A valid rating body; {@code version} null for the first rating. */
    public static Map<String, Object> rating(Integer level, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("level", level);
        body.put("notApplicable", false);
        body.put("evidence", evidence());
        body.put("confidence", "MEDIUM");
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    public static Map<String, Object> rate(HttpClient client, long agreementId, String criterion, Map<String, Object> body) {
        return send(client, HttpRequest.PUT("/api/agreements/" + agreementId + "/assessments/" + criterion, body));
    }

    public static HttpResponse<Map<String, Object>> call(BlockingHttpClient client, MutableHttpRequest<?> request) {
        try {
            return client.exchange(request, JSON, JSON);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<Map<String, Object>> response = (HttpResponse<Map<String, Object>>) e.getResponse();
            return response;
        }
    }

    public static Map<String, Object> problem(HttpResponse<?> response) {
        return response.getBody(JSON).orElseThrow(() -> new AssertionError("no problem body, status " + response.code()));
    }

    public static List<String> problemFields(HttpResponse<?> response) {
        return fields(problem(response));
    }

    public static MutableHttpRequest<String> rawJson(String method, String uri, String body) {
        return HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method), uri)
                .contentType("application/json").body(body);
    }
}
