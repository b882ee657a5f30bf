package de.bund.partnerschaftsmonitor.shared;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.List;
import java.util.Map;

/** Small helpers over the blocking client: JSON as maps, problems as responses instead of exceptions. */
public final class Api {

    public static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private Api() {
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

    @SuppressWarnings("unchecked")
    public static Map<String, Object> problem(HttpResponse<?> response) {
        return response.getBody(JSON).orElseThrow(() -> new AssertionError("no problem body, status " + response.code()));
    }

    @SuppressWarnings("unchecked")
    public static List<String> problemFields(HttpResponse<?> response) {
        Object errors = problem(response).get("errors");
        if (errors == null) {
            return List.of();
        }
        return ((List<Map<String, Object>>) errors).stream().map(e -> (String) e.get("field")).toList();
    }

    public static MutableHttpRequest<String> rawJson(String method, String uri, String body) {
        return HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method), uri)
                .contentType("application/json").body(body);
    }
}
