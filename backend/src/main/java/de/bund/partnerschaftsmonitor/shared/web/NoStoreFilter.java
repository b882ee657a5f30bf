package de.bund.partnerschaftsmonitor.shared.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * API answers, sign-in and sign-out carry personal and role-dependent data: no browser or proxy may keep
 * them (a shared machine's back button, a caching proxy). Static assets keep their own caching headers.
 */
@ServerFilter({"/api/**", "/api", "/login", "/logout", "/oauth/**"})
public class NoStoreFilter implements Ordered {

    @ResponseFilter
    void noStore(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
