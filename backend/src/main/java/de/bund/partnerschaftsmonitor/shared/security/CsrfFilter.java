package de.bund.partnerschaftsmonitor.shared.security;

import de.bund.partnerschaftsmonitor.shared.web.Messages;
import de.bund.partnerschaftsmonitor.shared.web.Problem;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * Double-submit CSRF check for browser sessions: a write that authenticates with the session cookie
 * must echo the {@code XSRF-TOKEN} cookie (readable by the UI's script) in the {@code X-XSRF-TOKEN}
 * header. Bearer-token requests cannot be forged cross-site and need no token. Sign-in, sign-out and
 * the single sign-on callback are exempt; SameSite=Strict already keeps the session cookie off
 * cross-site requests, this is the second line.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class CsrfFilter implements Ordered {

    public static final String COOKIE = "XSRF-TOKEN";
    public static final String HEADER = "X-XSRF-TOKEN";
    private static final Set<HttpMethod> SAFE = EnumSet.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String sessionCookie;
    private final boolean secure;

    CsrfFilter(AccessTokenCookieConfiguration sessionCookie, @Value("${pm.security.cookie-secure:true}") boolean secure) {
        this.sessionCookie = sessionCookie.getCookieName();
        this.secure = secure;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod()) || exempt(request.getPath())
                || request.getHeaders().contains(HttpHeaders.AUTHORIZATION)
                || request.getCookies().findCookie(sessionCookie).isEmpty()) {
            return null;
        }
        String expected = request.getCookies().findCookie(COOKIE).map(Cookie::getValue).orElse("");
        String given = request.getHeaders().get(HEADER, String.class).orElse("");
        if (!expected.isEmpty() && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        HttpStatus status = HttpStatus.FORBIDDEN;
        return HttpResponse.<Problem>status(status).contentType(MediaType.of(Problem.CONTENT_TYPE))
                .body(new Problem(status.getCode(), status.getReason(), "csrf.invalid",
                        Messages.text("csrf.invalid", Messages.locale(request)), null));
    }

    /** Gives every browser a token cookie on its first response, so that the UI can send it back. */
    @ResponseFilter
    void issue(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getCookies().findCookie(COOKIE).isEmpty() && response.getCookie(COOKIE).isEmpty()) {
            response.cookie(newTokenCookie());
        }
    }

    Cookie newTokenCookie() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Cookie.of(COOKIE, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))
                .path("/").httpOnly(false).secure(secure).sameSite(SameSite.Strict);
    }

    private static boolean exempt(String path) {
        return path.equals("/login") || path.equals("/logout") || path.startsWith("/oauth/");
    }

    @Override
    public int getOrder() {
        return SecurityHeadersFilter.ORDER + 1;
    }
}
