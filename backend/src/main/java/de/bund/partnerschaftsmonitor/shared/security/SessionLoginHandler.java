package de.bund.partnerschaftsmonitor.shared.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.bund.partnerschaftsmonitor.shared.web.Messages;
import de.bund.partnerschaftsmonitor.shared.web.Problem;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationFailed;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.cookie.LoginCookieProvider;
import io.micronaut.security.token.cookie.RefreshTokenCookieConfiguration;
import io.micronaut.security.token.cookie.TokenCookieLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import com.nimbusds.jwt.JWTParser;

import java.net.URI;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One sign-in endpoint, two kinds of client. An API client ({@code POST /login}) reads {@code access_token} from the
 * JSON body and sends it as a bearer token; it gets no cookie. The browser asks for a cookie session
 * ({@code POST /login?session=cookie}) and gets the session cookie (HttpOnly, SameSite=Strict) plus the CSRF token
 * cookie of that session, and no token in the body, where any script on the page could read it. Single sign-on ends
 * with a cookie session and a redirect to the UI. Failures are problem+json and never say whether the user name exists.
 */
@Singleton
@Replaces(TokenCookieLoginHandler.class)
public class SessionLoginHandler extends TokenCookieLoginHandler {

    private final CsrfFilter csrf;
    private final int lockMinutes;

    SessionLoginHandler(RedirectService redirectService, RedirectConfiguration redirectConfiguration,
                        AccessTokenCookieConfiguration accessTokenCookieConfiguration,
                        RefreshTokenCookieConfiguration refreshTokenCookieConfiguration,
                        AccessTokenConfiguration accessTokenConfiguration,
                        AccessRefreshTokenGenerator accessRefreshTokenGenerator,
                        @Nullable PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLoginPersistence,
                        List<LoginCookieProvider<HttpRequest<?>>> loginCookieProviders,
                        CsrfFilter csrf, @Value("${pm.security.lock-minutes:15}") int lockMinutes) {
        super(redirectService, redirectConfiguration, accessTokenCookieConfiguration, refreshTokenCookieConfiguration,
                accessTokenConfiguration, accessRefreshTokenGenerator, priorToLoginPersistence, loginCookieProviders);
        this.csrf = csrf;
        this.lockMinutes = lockMinutes;
    }

    @Serdeable
    public record LoginResponse(@JsonProperty("access_token") String accessToken,
                                @JsonProperty("token_type") String tokenType,
                                @JsonProperty("expires_in") @Nullable Integer expiresIn,
                                String username, List<String> roles) {
    }

    /** What the browser's sign-in answers: who signed in, no token. */
    @Serdeable
    public record SessionResponse(String username, List<String> roles) {
    }

    /** The query parameter and value by which the browser asks for a cookie session. */
    public static final String SESSION_PARAMETER = "session";
    public static final String COOKIE_SESSION = "cookie";

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        AccessRefreshToken token = accessRefreshTokenGenerator.generate(authentication)
                .orElseThrow(() -> new IllegalStateException("No access token could be generated"));
        List<String> roles = List.copyOf(authentication.getRoles());
        if (isPasswordLogin(request) && !wantsCookieSession(request)) {
            return HttpResponse.ok(new LoginResponse(token.getAccessToken(), "Bearer", token.getExpiresIn(), authentication.getName(), roles));
        }
        List<Cookie> cookies = new ArrayList<>(getCookies(token, request));
        cookies.add(csrf.tokenCookieFor(tokenId(token.getAccessToken())));
        MutableHttpResponse<?> response = isPasswordLogin(request)
                ? HttpResponse.ok(new SessionResponse(authentication.getName(), roles))
                : HttpResponse.seeOther(URI.create("/"));
        return applyCookies(response, cookies);
    }

    private static String tokenId(String accessToken) {
        try {
            String id = JWTParser.parse(accessToken).getJWTClaimsSet().getJWTID();
            if (id == null) {
                throw new IllegalStateException("Session tokens must carry a jti");
            }
            return id;
        } catch (ParseException e) {
            throw new IllegalStateException("The generated session token cannot be read", e);
        }
    }

    private static boolean wantsCookieSession(HttpRequest<?> request) {
        return COOKIE_SESSION.equals(request.getParameters().get(SESSION_PARAMETER));
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse failure, HttpRequest<?> request) {
        if (!isPasswordLogin(request)) {
            return HttpResponse.seeOther(URI.create("/?signin=failed"));
        }
        boolean locked = failure instanceof AuthenticationFailed f && f.getReason() == AuthenticationFailureReason.ACCOUNT_LOCKED;
        HttpStatus status = locked ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNAUTHORIZED;
        String code = locked ? "login.locked" : "login.failed";
        MutableHttpResponse<Problem> response = HttpResponse.<Problem>status(status)
                .contentType(MediaType.of(Problem.CONTENT_TYPE))
                .body(new Problem(status.getCode(), Messages.title(status.getCode(), Messages.locale(request)), code, Messages.text(code, Messages.locale(request), lockMinutes), null));
        if (locked) {
            response.header("Retry-After", String.valueOf(lockMinutes * 60));
        }
        return response;
    }

    private static boolean isPasswordLogin(HttpRequest<?> request) {
        return request.getPath().equals("/login");
    }
}
