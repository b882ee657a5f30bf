package de.bund.partnerschaftsmonitor.shared.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.cookie.TokenCookieClearerLogoutHandler;
import jakarta.inject.Singleton;

/** {@code POST /logout}: 204 and an expired session cookie; the UI decides where to go next. */
@Singleton
@Replaces(TokenCookieClearerLogoutHandler.class)
public class SessionLogoutHandler implements LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> {

    private final AccessTokenCookieConfiguration cookieConfiguration;

    SessionLogoutHandler(AccessTokenCookieConfiguration cookieConfiguration) {
        this.cookieConfiguration = cookieConfiguration;
    }

    @Override
    public MutableHttpResponse<?> logout(HttpRequest<?> request) {
        Cookie cookie = Cookie.of(cookieConfiguration.getCookieName(), "");
        cookie.configure(cookieConfiguration, request.isSecure());
        cookie.maxAge(0);
        return HttpResponse.noContent().cookie(cookie);
    }
}
