package de.bund.partnerschaftsmonitor.shared;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers the framework gives by itself (a method the route does not take, a path nothing serves) are problems like
 * every other error: problem+json with a code and a title in the user's language, never an empty body.
 */
@MicronautTest(transactional = false)
class FrameworkProblemsTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    @Inject
    TestAuth auth;

    final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest(name = "{0} {1} ({2}) → {3}")
    @CsvSource({
            "GET, /logout, text/html, 405, method.notAllowed, Aktion nicht möglich",
            "GET, /logout, application/json, 405, method.notAllowed, Aktion nicht möglich",
            "GET, /login, text/html, 405, method.notAllowed, Aktion nicht möglich",
            "POST, /health, application/json, 403, access.denied, Nicht erlaubt",
            "GET, /api/no-such-thing, application/json, 404, resource.notFound, Nicht gefunden",
            "PUT, /logout, text/html, 403, access.denied, Nicht erlaubt",
            "DELETE, /api/me, application/json, 403, access.denied, Nicht erlaubt",
    })
    void shouldAnswerFrameworkRefusalsAsProblems(String method, String path, String accept, int status, String code, String title) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .header("Authorization", "Bearer " + auth.token("framework.admin", java.util.List.of("ADMIN")))
                .header("Accept", accept);
        HttpResponse<String> response = http.send(request.method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"" + code + "\"").contains("\"title\":\"" + title + "\"").contains("\"status\":" + status);
    }
}
