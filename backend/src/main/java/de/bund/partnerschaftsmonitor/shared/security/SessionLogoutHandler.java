package de.bund.partnerschaftsmonitor.shared.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.endpoints.LogoutController;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code POST /logout}, whatever the content type (Micronaut's own endpoint answers 404 to a body-less POST): ends
 * every session of the account, cookie and bearer alike (see {@link AccountSessions#signOut}), expires the session and
 * CSRF cookies and answers 204; the UI decides where to go next. Without a valid session it only clears the cookies.
 */
@Hidden // like the built-in /login, not part of the API document (the README describes both)
@Controller("/logout")
@Replaces(LogoutController.class)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SessionLogoutHandler {

    private final AccessTokenCookieConfiguration cookieConfiguration;
    private final AccountSessions sessions;

    SessionLogoutHandler(AccessTokenCookieConfiguration cookieConfiguration, AccountSessions sessions) {
        this.cookieConfiguration = cookieConfiguration;
        this.sessions = sessions;
    }

    @Post
    @Consumes(MediaType.ALL)
    MutableHttpResponse<?> logout(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication != null) {
            sessions.signOut(authentication.getName());
        }
        Cookie session = Cookie.of(cookieConfiguration.getCookieName(), "");
        session.configure(cookieConfiguration, request.isSecure());
        session.maxAge(0);
        return HttpResponse.noContent().cookie(session).cookie(Cookie.of(CsrfFilter.COOKIE, "").path("/").maxAge(0));
    }
}
