package de.bund.partnerschaftsmonitor.proof;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the README promises for several instances on one database, with two application contexts (two embedded
 * servers) in this JVM on the same test database and the production timings (session check 2 s, read-cache poll
 * 500 ms): a session started on one works on the other; sign-out and disabling on one take effect on the other within
 * the session check; the per-account sign-in limit counts across both; a write on one is seen on the other within the
 * read cache's poll interval.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

    static final String PASSWORD = "correct horse battery";
    static final Duration SESSION_CHECK = Duration.ofSeconds(2);
    static final Duration POLL = Duration.ofMillis(500);

    TwoInstances instances;
    ApplicationContext first;
    ApplicationContext second;
    String a;
    String b;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        instances = TwoInstances.start(Map.of(
                "pm.read-cache.poll-interval", POLL.toMillis() + "ms",
                "pm.security.session-check", SESSION_CHECK.toMillis() + "ms",
                "pm.security.max-failed-logins-per-ip", "10000"));
        first = instances.first();
        second = instances.second();
        a = instances.a();
        b = instances.b();
    }

    @AfterAll
    void stop() {
        if (instances != null) instances.close();
    }

    @Test
    void shouldCarryASessionFromOneInstanceToTheOther() throws Exception {
        String token = signIn(a, account("LEADERSHIP"));
        assertThat(get(b, "/api/me", token).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldEndASessionOnTheOtherInstanceWithinTheSessionCheckAfterSignOut() throws Exception {
        String token = signIn(a, account("LEADERSHIP"));
        assertThat(get(b, "/api/me", token).statusCode()).as("served (and cached) by the other instance").isEqualTo(200);

        assertThat(send(a, "POST", "/logout", token, null).statusCode()).isEqualTo(204);
        assertThat(get(a, "/api/me", token).statusCode()).as("at once where it signed out").isEqualTo(401);

        Duration took = until(() -> get(b, "/api/me", token).statusCode(), s -> s == 401, SESSION_CHECK.multipliedBy(3));
        assertThat(took).as("sign-out reached the other instance after %s", took).isLessThanOrEqualTo(SESSION_CHECK.plusMillis(500));
    }

    @Test
    void shouldEndTheSessionsOfAnAccountDisabledOnTheOtherInstance() throws Exception {
        String username = account("DESK_OFFICER");
        String token = signIn(b, username);
        assertThat(get(b, "/api/agreements?size=1", token).statusCode()).isEqualTo(200);

        String admin = signIn(a, "admin", "demo");
        HttpResponse<String> found = get(a, "/api/accounts?size=1000", admin);
        Matcher m = Pattern.compile("\\{\"id\":(\\d+),\"version\":(\\d+),\"username\":\"" + Pattern.quote(username) + "\"").matcher(found.body());
        assertThat(m.find()).as(found.body()).isTrue();
        HttpResponse<String> disabled = send(a, "PUT", "/api/accounts/" + m.group(1), admin,
                "{\"version\":" + m.group(2) + ",\"displayName\":\"Zwei Instanzen\",\"roles\":[\"DESK_OFFICER\"],\"enabled\":false}");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);

        Duration took = until(() -> get(b, "/api/agreements?size=1", token).statusCode(), s -> s == 401, SESSION_CHECK.multipliedBy(3));
        assertThat(took).isLessThanOrEqualTo(SESSION_CHECK.plusMillis(500));
    }

    @Test
    void shouldCountFailedSignInsOfAnAccountAcrossBothInstances() throws Exception {
        String username = account("LEADERSHIP");
        for (int i = 0; i < 4; i++) {
            assertThat(login(i % 2 == 0 ? a : b, username, "wrong password").statusCode()).isEqualTo(401);
        }
        assertThat(login(b, username, "wrong password").statusCode()).isEqualTo(429);
        assertThat(login(a, username, PASSWORD).statusCode()).as("locked on the other instance too").isEqualTo(429);
    }

    @Test
    void shouldShowAWriteOnOneInstanceOnTheOtherWithinThePollInterval() throws Exception {
        String desk = signIn(a, "desk.officer", "demo");
        long before = total(get(b, "/api/agreements?size=1", desk).body()); // now cached on b
        HttpResponse<String> created = send(a, "POST", "/api/agreements", desk,
                "{\"countryIso2\":\"NZ\",\"type\":\"MOU\",\"titleDe\":\"Zwei Instanzen " + UUID.randomUUID()
                        + "\",\"partyLevel\":\"DE_BILATERAL\",\"status\":\"SIGNED\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        Duration took = until(() -> total(get(b, "/api/agreements?size=1", desk).body()), n -> n == before + 1, POLL.multipliedBy(6));
        assertThat(took).as("seen on the other instance after %s", took).isLessThanOrEqualTo(POLL.plusMillis(500));
    }

    // --- helpers

    interface Probe<T> {
        T get() throws Exception;
    }

    static <T> Duration until(Probe<T> probe, Predicate<T> done, Duration limit) throws Exception {
        long start = System.nanoTime();
        while (true) {
            T value = probe.get();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (done.test(value)) {
                return elapsed;
            }
            if (elapsed.compareTo(limit) > 0) {
                throw new AssertionError("still " + value + " after " + elapsed);
            }
            Thread.sleep(50);
        }
    }

    static long total(String body) {
        Matcher m = Pattern.compile("\"totalSize\":(\\d+)").matcher(body);
        if (!m.find()) throw new AssertionError("no totalSize in " + body);
        return Long.parseLong(m.group(1));
    }

    String account(String role) throws Exception {
        String username = "two." + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = send(a, "POST", "/api/accounts", signIn(a, "admin", "demo"),
                "{\"username\":\"" + username + "\",\"displayName\":\"Zwei Instanzen\",\"roles\":[\"" + role + "\"],\"password\":\"" + PASSWORD + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return username;
    }

    String signIn(String base, String username) throws Exception {
        return signIn(base, username, PASSWORD);
    }

    String signIn(String base, String username, String password) throws Exception {
        HttpResponse<String> response = login(base, username, password);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    HttpResponse<String> login(String base, String username, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String base, String path, String token) throws Exception {
        return send(base, "GET", path, token, null);
    }

    HttpResponse<String> send(String base, String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
