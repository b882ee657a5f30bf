package de.bund.partnerschaftsmonitor.account;

import de.bund.partnerschaftsmonitor.shared.Api;
import de.bund.partnerschaftsmonitor.shared.DatabaseTest;
import de.bund.partnerschaftsmonitor.shared.Sql;
import de.bund.partnerschaftsmonitor.shared.TestAuth;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.bund.partnerschaftsmonitor.shared.Api.call;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class AccountApiTest implements DatabaseTest {

    static final String ADMIN = TestAuth.as("test.admin", "ADMIN");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Sql sql;

    BlockingHttpClient client;

    @BeforeAll
    void setUp() {
        client = http.toBlocking();
    }

    static <T> MutableHttpRequest<T> asAdmin(MutableHttpRequest<T> request) {
        return request.header(TestAuth.HEADER, ADMIN);
    }

    static Map<String, Object> body(String username, String password, List<String> roles) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "Referentin " + username);
        body.put("roles", roles);
        body.put("password", password);
        return body;
    }

    Map<String, Object> create(String username) {
        HttpResponse<Map<String, Object>> response = call(client, asAdmin(HttpRequest.POST("/api/accounts",
                body(username, "a long enough password", List.of("DEVCOOP_REVIEWER")))));
        assertThat(response.code()).as("%s", response.getBody(Api.JSON)).isEqualTo(201);
        return response.body();
    }

    @Test
    void shouldCreateAnAccountThatCanSignInAndNeverShowThePassword() {
        String username = "new." + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> created = create(username);

        assertThat(created).containsEntry("username", username).containsEntry("roles", List.of("DEVCOOP_REVIEWER"))
                .containsEntry("enabled", true).doesNotContainKeys("password", "passwordHash");
        HttpResponse<Map<String, Object>> login = call(client, HttpRequest.POST("/login",
                Map.of("username", username, "password", "a long enough password")));
        assertThat(login.code()).isEqualTo(200);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'account' AND entity_id = ? AND actor = 'test.admin'"
                + " AND JSON_VALUE(changes, '$.password.value') = 'set'", created.get("id").toString())).isEqualTo(1);
    }

    @Test
    void shouldRejectAShortPasswordAndATakenUserName() {
        HttpResponse<Map<String, Object>> shortPassword = call(client, asAdmin(HttpRequest.POST("/api/accounts",
                body("short." + UUID.randomUUID().toString().substring(0, 8), "short", List.of("LEADERSHIP")))));
        HttpResponse<Map<String, Object>> taken = call(client, asAdmin(HttpRequest.POST("/api/accounts",
                body("desk.officer", "a long enough password", List.of("LEADERSHIP")))));
        HttpResponse<Map<String, Object>> badRole = call(client, asAdmin(HttpRequest.POST("/api/accounts",
                body("role." + UUID.randomUUID().toString().substring(0, 8), "a long enough password", List.of("SUPERUSER")))));

        assertThat(shortPassword.code()).isEqualTo(400);
        assertThat(Api.problemFields(shortPassword)).containsExactly("password");
        assertThat(Api.problemFields(taken)).containsExactly("username");
        assertThat(Api.problemFields(badRole)).allMatch(f -> f.startsWith("roles"));
    }

    @Test
    void shouldChangeRolesResetThePasswordAndAuditWithoutThePassword() {
        String username = "upd." + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> created = create(username);
        Map<String, Object> change = body(username, "another long password", List.of("DESK_OFFICER", "LEADERSHIP"));
        change.put("version", created.get("version"));
        change.put("enabled", true);

        HttpResponse<Map<String, Object>> updated = call(client, asAdmin(HttpRequest.PUT("/api/accounts/" + created.get("id"), change)));

        assertThat(updated.code()).isEqualTo(200);
        assertThat(updated.body()).containsEntry("roles", List.of("DESK_OFFICER", "LEADERSHIP"));
        assertThat(call(client, HttpRequest.POST("/login", Map.of("username", username, "password", "another long password"))).code()).isEqualTo(200);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'account' AND entity_id = ? AND action = 'UPDATE'"
                + " AND JSON_VALUE(changes, '$.password.value') = 'changed'", created.get("id").toString())).isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE changes LIKE '%another long password%' OR changes LIKE '%$2a$%'")).isZero();
    }

    @Test
    void shouldKeepTheEmailAndDeskForRemindersAndRejectABadAddressNamingTheField() {
        String username = "mail." + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = body(username, "a long enough password", List.of("DESK_OFFICER"));
        body.put("email", "not-an-address");
        HttpResponse<Map<String, Object>> bad = call(client, asAdmin(HttpRequest.POST("/api/accounts", body)));
        assertThat(bad.code()).isEqualTo(400);
        assertThat(Api.problemFields(bad)).containsExactly("email");
        assertThat(sql.count("SELECT COUNT(*) FROM accounts WHERE username = ?", username)).isZero();

        body.put("email", "referentin@bund.test");
        body.put("desk", "Referat M3");
        HttpResponse<Map<String, Object>> created = call(client, asAdmin(HttpRequest.POST("/api/accounts", body)));
        assertThat(created.body()).containsEntry("email", "referentin@bund.test").containsEntry("desk", "Referat M3");

        Map<String, Object> rename = body(username, null, List.of("DESK_OFFICER"));
        rename.remove("password");
        rename.put("version", created.body().get("version"));
        Map<String, Object> renamed = call(client, asAdmin(HttpRequest.PUT("/api/accounts/" + created.body().get("id"), rename))).body();
        assertThat(renamed).as("absent keeps them").containsEntry("email", "referentin@bund.test").containsEntry("desk", "Referat M3");

        rename.put("version", renamed.get("version"));
        rename.put("email", "");
        rename.put("desk", "");
        Map<String, Object> cleared = call(client, asAdmin(HttpRequest.PUT("/api/accounts/" + created.body().get("id"), rename))).body();
        assertThat(cleared).as("empty clears them").doesNotContainKeys("email", "desk");
        assertThat(sql.count("SELECT COUNT(*) FROM accounts WHERE username = ? AND email IS NULL AND desk IS NULL", username)).isEqualTo(1);
    }

    @Test
    void shouldKeepTheLanguageOfTheMailsSetByTheAdministratorOrThePersonAndNameABadOne() {
        String username = "lang." + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> created = create(username);
        assertThat(created).as("German unless chosen").containsEntry("language", "de");
        Object id = created.get("id");

        Map<String, Object> change = body(username, null, List.of("DEVCOOP_REVIEWER"));
        change.remove("password");
        change.put("version", created.get("version"));
        change.put("language", "fr");
        HttpResponse<Map<String, Object>> bad = call(client, asAdmin(HttpRequest.PUT("/api/accounts/" + id, change)));
        assertThat(bad.code()).isEqualTo(400);
        assertThat(Api.problem(bad).get("errors")).asString().contains("field=language").contains("code=account.language.unknown");
        change.put("language", "en");
        Map<String, Object> english = call(client, asAdmin(HttpRequest.PUT("/api/accounts/" + id, change))).body();
        assertThat(english).containsEntry("language", "en");
        change.put("version", english.get("version"));
        change.remove("language");
        Map<String, Object> kept = call(client, asAdmin(HttpRequest.PUT("/api/accounts/" + id, change))).body();
        assertThat(kept).as("absent keeps it").containsEntry("language", "en");
        change.put("version", kept.get("version"));

        // The person's own choice (the UI's language switch), with no administrator involved.
        String self = TestAuth.as(username, "DEVCOOP_REVIEWER");
        HttpResponse<Map<String, Object>> wrong = call(client, HttpRequest.PUT("/api/me/language", Map.of("language", "EN")).header(TestAuth.HEADER, self));
        assertThat(wrong.code()).isEqualTo(400);
        assertThat(wrong.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        assertThat(Api.problemFields(wrong)).containsExactly("language");
        HttpResponse<Map<String, Object>> empty = call(client, HttpRequest.PUT("/api/me/language", Map.of()).header(TestAuth.HEADER, self));
        assertThat(Api.problemFields(empty)).containsExactly("language");
        assertThat(sql.count("SELECT COUNT(*) FROM accounts WHERE username = ? AND language = 'en'", username)).isEqualTo(1);

        HttpResponse<Map<String, Object>> set = call(client, HttpRequest.PUT("/api/me/language", Map.of("language", "de")).header(TestAuth.HEADER, self));
        assertThat(set.code()).isEqualTo(200);
        assertThat(set.body()).containsEntry("language", "de");
        assertThat(call(client, HttpRequest.GET("/api/me").header(TestAuth.HEADER, self)).body()).containsEntry("language", "de");
        assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'account' AND entity_id = ? AND action = 'UPDATE'"
                + " AND actor = ? AND JSON_VALUE(changes, '$.language.value') = 'de'", id.toString(), username)).isEqualTo(1);
        // A form the administrator opened before is now stale: the person's choice is not undone unseen.
        change.put("language", "en");
        assertThat(call(client, asAdmin(HttpRequest.PUT("/api/accounts/" + id, change))).code()).isEqualTo(409);
    }

    @Test
    void shouldAnswerAStaleVersionWith409() {
        String username = "stale." + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> created = create(username);
        Map<String, Object> change = body(username, null, List.of("LEADERSHIP"));
        change.remove("password");
        change.put("version", ((Number) created.get("version")).longValue() + 5);

        HttpResponse<Map<String, Object>> response = call(client, asAdmin(HttpRequest.PUT("/api/accounts/" + created.get("id"), change)));

        assertThat(response.code()).isEqualTo(409);
        assertThat(response.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
    }

    @Test
    void shouldDisableAnAccountSoThatItCannotSignIn() {
        String username = "off." + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> created = create(username);
        Map<String, Object> change = body(username, null, List.of("DEVCOOP_REVIEWER"));
        change.remove("password");
        change.put("version", created.get("version"));
        change.put("enabled", false);

        assertThat(call(client, asAdmin(HttpRequest.PUT("/api/accounts/" + created.get("id"), change))).code()).isEqualTo(200);
        assertThat(call(client, HttpRequest.POST("/login", Map.of("username", username, "password", "a long enough password"))).code())
                .isEqualTo(401);
    }

    @Test
    void shouldListAccountsPagedWithoutHashes() {
        HttpResponse<Map<String, Object>> page = call(client, asAdmin(HttpRequest.GET("/api/accounts?size=2&sort=username")));
        assertThat(page.code()).isEqualTo(200);
        assertThat((List<?>) page.body().get("content")).hasSize(2);
        assertThat(page.getBody(String.class).orElse("")).doesNotContain("$2a$").doesNotContain("passwordHash");
    }

    @Test
    void shouldRefuseCommonPasswordsTheUserNameAndTooManyBytesWith400NamingTheField() {
        String username = "policy." + UUID.randomUUID().toString().substring(0, 8);
        long before = sql.count("SELECT COUNT(*) FROM accounts");
        for (String password : List.of("password1234", "aaaaaaaaaaaa", "            ", username, "ä".repeat(37))) {
            HttpResponse<Map<String, Object>> response = call(client, asAdmin(HttpRequest.POST("/api/accounts",
                    body(username, password, List.of("LEADERSHIP")))));
            assertThat(response.code()).as(password).isEqualTo(400);
            assertThat(response.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
            assertThat(Api.problemFields(response)).as(password).containsExactly("password");
        }
        assertThat(sql.count("SELECT COUNT(*) FROM accounts")).isEqualTo(before);
    }

    @Test
    void shouldApplyThePolicyToAPasswordReset() {
        Map<String, Object> created = create("reset." + UUID.randomUUID().toString().substring(0, 8));
        Map<String, Object> change = body(null, "Passwort2025!", List.of("DEVCOOP_REVIEWER"));
        change.remove("username");
        change.put("version", created.get("version"));

        HttpResponse<Map<String, Object>> response = call(client, asAdmin(HttpRequest.PUT("/api/accounts/" + created.get("id"), change)));

        assertThat(response.code()).isEqualTo(400);
        assertThat(Api.problemFields(response)).containsExactly("password");
    }

    @Inject
    AccountService accounts;

    @Test
    void shouldRefuseACommonFirstAdministratorPasswordFromConfiguration() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.requireAcceptablePassword("password1234", "root.admin", "PM_ADMIN_PASSWORD"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PM_ADMIN_PASSWORD");
        accounts.requireAcceptablePassword("Vier Augen sehen mehr", "root.admin", "PM_ADMIN_PASSWORD");
    }

    @Test
    void shouldLiftASignInLockWithoutChangingThePasswordOrTheVersion() {
        String username = "lock." + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> created = create(username);
        for (int i = 0; i < 5; i++) {
            call(client, HttpRequest.POST("/login", Map.of("username", username, "password", "wrong password")));
        }
        assertThat(call(client, HttpRequest.POST("/login", Map.of("username", username, "password", "a long enough password"))).code())
                .isEqualTo(429);
        assertThat(call(client, asAdmin(HttpRequest.GET("/api/accounts/" + created.get("id")))).body()).containsEntry("locked", true);

        HttpResponse<Map<String, Object>> unlocked = call(client, asAdmin(HttpRequest.DELETE("/api/accounts/" + created.get("id") + "/lock")));

        assertThat(unlocked.code()).isEqualTo(204);
        Map<String, Object> after = call(client, asAdmin(HttpRequest.GET("/api/accounts/" + created.get("id")))).body();
        assertThat(after).containsEntry("locked", false).containsEntry("version", created.get("version"));
        assertThat(call(client, HttpRequest.POST("/login", Map.of("username", username, "password", "a long enough password"))).code())
                .isEqualTo(200);
        assertThat(sql.count("SELECT COUNT(*) FROM audit_events WHERE entity_type = 'account' AND entity_id = ? AND action = 'UNLOCK'"
                + " AND actor = 'test.admin'", created.get("id").toString())).isEqualTo(1);
    }

    @Test
    void shouldRefuseToLiftALockForOthersThanAdministratorsAndAnswer404ForAnUnknownAccount() {
        Map<String, Object> created = create("lock2." + UUID.randomUUID().toString().substring(0, 8));

        HttpResponse<Map<String, Object>> asDesk = call(client, HttpRequest.DELETE("/api/accounts/" + created.get("id") + "/lock")
                .header(TestAuth.HEADER, TestAuth.as("test.desk", "DESK_OFFICER")));
        HttpResponse<Map<String, Object>> unknown = call(client, asAdmin(HttpRequest.DELETE("/api/accounts/99999999/lock")));

        assertThat(asDesk.code()).isEqualTo(403);
        assertThat(unknown.code()).isEqualTo(404);
        assertThat(unknown.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
    }
}
