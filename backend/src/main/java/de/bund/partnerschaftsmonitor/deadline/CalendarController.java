package de.bund.partnerschaftsmonitor.deadline;

import de.bund.partnerschaftsmonitor.shared.web.NotFoundException;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;

/** The personal calendar feed: made and revoked by the signed-in person, read by calendar clients without a session. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class CalendarController {

    static final String TEXT_CALENDAR = "text/calendar";

    private final CalendarService service;
    private final String publicUrl;

    CalendarController(CalendarService service, @Value("${pm.public-url:}") String publicUrl) {
        this.service = service;
        this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
    }

    /** Makes the feed on the first call and answers its URL; later calls answer {@code active} without it (it is not kept). */
    @Get("/api/me/calendar")
    CalendarService.Link link(Authentication authentication, HttpRequest<?> request) {
        return service.link(authentication.getName(), authentication.getRoles().stream().sorted().toList(), baseUrl(request));
    }

    /** Revokes the feed: its URL answers 404 from now on. */
    @Delete("/api/me/calendar")
    @Status(HttpStatus.NO_CONTENT)
    void revoke(Authentication authentication) {
        service.revoke(authentication.getName());
    }

    /** Open without a session (calendar clients cannot sign in): the secret in the path is the credential. */
    @Get("/calendar/{file}")
    @Produces(TEXT_CALENDAR)
    HttpResponse<String> feed(String file, HttpRequest<?> request) {
        if (!file.endsWith(".ics")) {
            throw new NotFoundException("calendar.notFound");
        }
        String body = service.feed(file.substring(0, file.length() - 4), baseUrl(request));
        return HttpResponse.ok(body).contentType(TEXT_CALENDAR + "; charset=utf-8").header("Cache-Control", "no-store");
    }

    /** PM_PUBLIC_URL when set (behind a proxy), else the address the request came to. */
    private String baseUrl(HttpRequest<?> request) {
        if (!publicUrl.isEmpty()) {
            return publicUrl;
        }
        String host = request.getHeaders().get("Host");
        return (request.isSecure() ? "https://" : "http://") + (host == null ? "localhost" : host);
    }
}
