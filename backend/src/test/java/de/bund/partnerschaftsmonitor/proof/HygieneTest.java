package de.bund.partnerschaftsmonitor.proof;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.TestAuth;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static de.bund.partnerschaftsmonitor.shared.Api.call;
import static org.assertj.core.api.Assertions.assertThat;

/** What the product was caught answering wrongly from outside: paging overflow, lists left out, odd encodings, caching, lax JSON. */
@MicronautTest(transactional = false)
class HygieneTest implements ProofTest {

    private static final String ADMIN = TestAuth.as("hygiene.admin", "ADMIN");
    private static final String DESK = TestAuth.as("hygiene.desk", "DESK_OFFICER");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    @Inject
    TestAuth auth;

    BlockingHttpClient client;

    @BeforeAll
    void setUp() {
        client = http.toBlocking();
    }

    // --- paging

    @ParameterizedTest
    @ValueSource(strings = {"/api/agreements", "/api/audit", "/api/accounts", "/api/reviews"})
    void shouldRefuseAPageWhoseOffsetOverflowsOnEveryPagedEndpoint(String path) {
        for (String page : List.of("2147483647", "21474837")) {
            HttpResponse<?> response = call(client, HttpRequest.GET(path + "?page=" + page + "&size=100").header(TestAuth.HEADER, asWhoMayList(path)));
            assertThat(response.code()).as("%s?page=%s", path, page).isEqualTo(400);
            assertThat(response.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
            assertThat(Api.problemFields(response)).as("%s?page=%s", path, page).containsExactly("page");
        }
        HttpResponse<?> last = call(client, HttpRequest.GET(path + "?page=21474835&size=100").header(TestAuth.HEADER, asWhoMayList(path)));
        assertThat(last.code()).as("the last page that fits is an empty page, not an error").isEqualTo(200);
        HttpResponse<?> negative = call(client, HttpRequest.GET(path + "?page=-1").header(TestAuth.HEADER, asWhoMayList(path)));
        assertThat(negative.code()).as("a negative page is read as the first").isEqualTo(200);
    }

    private static String asWhoMayList(String path) {
        return path.startsWith("/api/reviews") || path.startsWith("/api/agreements") ? DESK : ADMIN;
    }

    // --- lists are always sent

    @Test
    void shouldSendAnEmptyInstrumentListForACountryWithoutInstruments() {
        HttpResponse<Map<String, Object>> response = call(client, HttpRequest.GET("/api/countries/AQ"));
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body()).containsEntry("instruments", List.of());
    }

    // --- compression

    @ParameterizedTest
    @ValueSource(strings = {"*", "*;q=1", "snappy, *", "br, zstd, snappy, deflate, gzip", "gzip"})
    void shouldCompressWithGzipOrNotAtAll(String acceptEncoding) throws IOException {
        Map<String, String> headers = rawGet("/api/countries", acceptEncoding);
        assertThat(headers.get("status")).isEqualTo("200");
        assertThat(headers.get("content-encoding")).as("Accept-Encoding: %s", acceptEncoding).isEqualTo("gzip");
    }

    @ParameterizedTest
    @ValueSource(strings = {"snappy", "br, zstd, deflate", "identity", "*;q=0", "gzip;q=0, *"})
    void shouldSendIdentityWhenGzipIsNotAccepted(String acceptEncoding) throws IOException {
        Map<String, String> headers = rawGet("/api/countries", acceptEncoding);
        assertThat(headers.get("status")).isEqualTo("200");
        assertThat(headers.get("content-encoding")).as("Accept-Encoding: %s", acceptEncoding).isNull();
    }

    /** Status line and headers (lower-case names) of a byte-exact HTTP/1.1 GET; the Micronaut client would negotiate on its own. */
    private Map<String, String> rawGet(String path, String acceptEncoding) throws IOException {
        String token = auth.token("hygiene.reader", List.of("LEADERSHIP"));
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\nAccept: application/json\r\n"
                    + "Accept-Encoding: " + acceptEncoding + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                head.write(b);
                byte[] h = head.toByteArray();
                int n = h.length;
                if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                    break;
                }
            }
            String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
            Map<String, String> headers = new java.util.HashMap<>();
            headers.put("status", lines[0].split(" ")[1]);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
                }
            }
            return headers;
        }
    }

    // --- caching

    @Test
    void shouldForbidStoringApiAnswersSignInAndSignOut() {
        assertThat(call(client, HttpRequest.GET("/api/countries/KE")).getHeaders().get("Cache-Control")).isEqualTo("no-store");
        assertThat(call(client, HttpRequest.GET("/api/me")).getHeaders().get("Cache-Control")).isEqualTo("no-store");
        assertThat(call(client, HttpRequest.GET("/api/audit").header(TestAuth.HEADER, TestAuth.ANONYMOUS)).getHeaders().get("Cache-Control"))
                .as("a 401 too").isEqualTo("no-store");
        assertThat(call(client, HttpRequest.GET("/api/nothing-here")).getHeaders().get("Cache-Control")).as("a 404 too").isEqualTo("no-store");
        assertThat(call(client, Api.rawJson("POST", "/login", "{\"username\":\"nobody.here\",\"password\":\"wrong-password\"}"))
                .getHeaders().get("Cache-Control")).isEqualTo("no-store");
        assertThat(call(client, Api.rawJson("POST", "/logout", "{}")).getHeaders().get("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void shouldLeaveStaticAssetsCacheable() {
        HttpResponse<?> page = call(client, HttpRequest.GET("/agreements/1").accept("text/html"));
        assertThat(page.code()).isEqualTo(200);
        assertThat(page.getHeaders().get("Cache-Control")).isNotEqualTo("no-store");
    }

    // --- strict JSON

    @Test
    void shouldRefuseDuplicateKeysNamingTheKey() {
        HttpResponse<?> response = call(client, Api.rawJson("POST", "/api/agreements",
                "{\"countryIso2\":\"KE\",\"type\":\"MOU\",\"titleEn\":\"A\",\"titleEn\":\"B\",\"partyLevel\":\"DE_BILATERAL\",\"status\":\"IN_FORCE\"}"));
        assertThat(response.code()).isEqualTo(400);
        assertThat(response.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(Api.problemFields(response)).containsExactly("titleEn");
    }

    @Test
    void shouldRefuseANestedDuplicateKeyNamingItsPath() {
        HttpResponse<?> response = call(client, Api.rawJson("PUT", "/api/agreements/999999/assessments/DATA_PROTECTION",
                "{\"level\":1,\"evidence\":{\"quote\":\"a\",\"quote\":\"b\"}}"));
        assertThat(response.code()).isEqualTo(400);
        assertThat(Api.problemFields(response)).containsExactly("evidence.quote");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"comment\":\"x\"} {}", "{\"comment\":\"x\"}{\"comment\":\"y\"}", "{\"comment\":\"x\"} garbage", "{} 1", "[] []"})
    void shouldRefuseTrailingContent(String body) {
        HttpResponse<?> response = call(client, Api.rawJson("POST", "/api/agreements/999999/assessments/DATA_PROTECTION/comments", body));
        assertThat(response.code()).as(body).isEqualTo(400);
        assertThat(response.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(Api.problemFields(response)).as(body).containsExactly("body");
    }

    @Test
    void shouldRefuseABodyWithoutContentType() {
        RawHttp raw = new RawHttp(java.net.URI.create(server.getURL().toString()));
        RawHttp.Response response = raw.send("POST", "/api/agreements", null,
                "{\"countryIso2\":\"KE\",\"type\":\"MOU\",\"titleEn\":\"No type\",\"partyLevel\":\"DE_BILATERAL\",\"status\":\"IN_FORCE\"}"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(415);
        assertThat(response.isProblem()).isTrue();
    }

    /** One text rule for every text field, whatever feature it belongs to. */
    @ParameterizedTest
    @ValueSource(strings = {
            "POST|/api/agreements/999999/assessments/DATA_PROTECTION/comments|{\"comment\":\"a\\ud800b\"}|comment",
            "PUT|/api/agreements/999999/assessments/DATA_PROTECTION|{\"level\":1,\"evidence\":{\"quote\":\"\\udc00\"}}|evidence.quote",
            "POST|/api/accounts|{\"username\":\"x.y\",\"displayName\":\"a\\ud800\"}|displayName",
            "POST|/api/catalogs|{\"criteria\":[{\"nameDe\":\"ok\"},{\"nameDe\":\"\\ud83d\"}]}|criteria[1].nameDe",
            "POST|/api/agreements|{\"sources\":[{\"url\":\"https://x.example/\\ud800\"}]}|sources[0].url"})
    void shouldRefuseUnpairedSurrogatesInEveryTextField(String spec) {
        String[] s = spec.split("\\|");
        String as = s[1].startsWith("/api/accounts") || s[1].startsWith("/api/catalogs") ? ADMIN : DESK;
        HttpResponse<?> response = call(client, Api.rawJson(s[0], s[1], s[2]).header(TestAuth.HEADER, as));
        assertThat(response.code()).as(spec).isEqualTo(400);
        assertThat(Api.problemFields(response)).as(spec).contains(s[3]);
    }
}
