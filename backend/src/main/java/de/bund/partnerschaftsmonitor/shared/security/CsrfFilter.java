package de.bund.partnerschaftsmonitor.shared.security;

import de.bund.partnerschaftsmonitor.shared.web.Messages;
import de.bund.partnerschaftsmonitor.shared.web.Problem;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * CSRF check for browser sessions. A write that authenticates with the session cookie must send, in the
 * {@code X-XSRF-TOKEN} header, the token of that very session: an HMAC of the session token's id ({@code jti}) with the
 * server's key, handed to the UI's script in the {@code XSRF-TOKEN} cookie. A token of another session, or any value
 * set by someone else, does not pass. Bearer-token requests cannot be forged cross-site and need no token. Sign-in and
 * sign-out refuse cross-site requests (login CSRF: a foreign form signing the browser in as another account) by the
 * browser's {@code Sec-Fetch-Site}, else by {@code Origin}; API clients send neither. SameSite=Strict already keeps the
 * session cookie off cross-site requests; this is the second line. Runs after the security filter, which has read
 * the session.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class CsrfFilter implements Ordered {

    public static final String COOKIE = "XSRF-TOKEN";
    public static final String HEADER = "X-XSRF-TOKEN";
    /** Writes anyone may make without signing in (AccessRules): refused cross-site like sign-in; with a session, token-checked. */
    private static final Set<String> OPEN_WRITES = Set.of("/api/feedback");
    private static final Set<HttpMethod> SAFE = EnumSet.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    private final String sessionCookie;
    private final boolean secure;
    private final SecretKeySpec key;

    CsrfFilter(AccessTokenCookieConfiguration sessionCookie, @Value("${pm.security.cookie-secure:true}") boolean secure,
               @Value("${" + JwtSecret.PROPERTY + "}") String secret) {
        this.sessionCookie = sessionCookie.getCookieName();
        this.secure = secure;
        this.key = new SecretKeySpec(("csrf:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        String path = request.getPath();
        if (path.equals("/login") || path.equals("/logout")) {
            return crossSite(request) ? refuse(request, "csrf.crossSite") : null;
        }
        if (OPEN_WRITES.contains(path) && crossSite(request)) {
            return refuse(request, "feedback.crossSite"); // open to anonymous senders, so no session token can protect it
        }
        if (path.startsWith("/oauth/") || request.getHeaders().contains(HttpHeaders.AUTHORIZATION)
                || request.getCookies().findCookie(sessionCookie).isEmpty()) {
            return null;
        }
        Optional<String> expected = sessionToken(request);
        if (expected.isEmpty()) {
            return null; // no session was read from the cookie: the request is anonymous and the access rules decide
        }
        String given = request.getHeaders().get(HEADER, String.class).orElse("");
        if (MessageDigest.isEqual(expected.get().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        return refuse(request, "csrf.invalid");
    }

    /** A browser whose session cookie has no matching token cookie (yet) gets it with the next response. */
    @ResponseFilter
    void issue(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION) || request.getCookies().findCookie(sessionCookie).isEmpty()
                || response.getCookie(COOKIE).isPresent()) {
            return;
        }
        sessionToken(request).ifPresent(token -> {
            String current = request.getCookies().findCookie(COOKIE).map(Cookie::getValue).orElse("");
            if (!current.equals(token)) {
                response.cookie(tokenCookie(token));
            }
        });
    }

    /** The token cookie of the session with this token id (sign-in sets it with the session cookie). */
    Cookie tokenCookieFor(String tokenId) {
        return tokenCookie(tokenFor(tokenId));
    }

    private Cookie tokenCookie(String token) {
        return Cookie.of(COOKIE, token).path("/").httpOnly(false).secure(secure).sameSite(SameSite.Strict);
    }

    private Optional<String> sessionToken(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
                .map(a -> a.getAttributes().get("jti"))
                .map(jti -> tokenFor(String.valueOf(jti)));
    }

    String tokenFor(String tokenId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(tokenId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** A browser says where a request comes from; a request from a page of another site is refused. */
    static boolean crossSite(HttpRequest<?> request) {
        String site = request.getHeaders().get("Sec-Fetch-Site");
        if (site != null) {
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        String host = request.getHeaders().get(HttpHeaders.HOST);
        try {
            return host == null || !host.equalsIgnoreCase(URI.create(origin).getRawAuthority());
        } catch (IllegalArgumentException e) {
            return true; // "null" and other opaque origins
        }
    }

    private static HttpResponse<?> refuse(HttpRequest<?> request, String code) {
        HttpStatus status = HttpStatus.FORBIDDEN;
        return HttpResponse.<Problem>status(status).contentType(MediaType.of(Problem.CONTENT_TYPE))
                .body(new Problem(status.getCode(), Messages.title(status.getCode(), Messages.locale(request)), code, Messages.text(code, Messages.locale(request)), null));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
