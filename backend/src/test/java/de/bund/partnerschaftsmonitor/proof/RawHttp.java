package de.bund.partnerschaftsmonitor.proof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Byte-exact HTTP against the running test server: hostile bodies, odd content types and no body at
 * all, which the Micronaut client would tidy up. Credentials plug in through {@link #bearer()}.
 */
final class RawHttp {

    record Response(int status, String contentType, String body) {
        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private volatile Optional<String> token;

    RawHttp(URI base) {
        this.base = base;
    }

    Response send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        bearer().ifPresent(t -> request.header("Authorization", "Bearer " + t));
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed at the transport level", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Response json(String method, String path, String json) {
        return send(method, path, "application/json", json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Security hook: once {@code POST /login} exists, every request carries the desk officer's token
     * (override with -Dpm.proof.username / -Dpm.proof.password). Before that, /login answers 404 and
     * requests go out anonymous.
     */
    Optional<String> bearer() {
        if (token == null) {
            String user = System.getProperty("pm.proof.username", "desk.officer");
            String password = System.getProperty("pm.proof.password", "demo");
            HttpRequest login = HttpRequest.newBuilder(base.resolve("/login"))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                    .build();
            try {
                HttpResponse<String> response = client.send(login, HttpResponse.BodyHandlers.ofString());
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
                token = response.statusCode() == 200 && m.find() ? Optional.of(m.group(1)) : Optional.empty();
            } catch (IOException e) {
                token = Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                token = Optional.empty();
            }
        }
        return token;
    }
}
