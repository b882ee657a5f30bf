package de.bund.partnerschaftsmonitor.brief;

import de.bund.partnerschaftsmonitor.shared.web.Actors;
import de.bund.partnerschaftsmonitor.shared.web.Messages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.security.Principal;
import java.util.Locale;

/**
 * One-page briefs as PDF: a country's scorecard, and two or three countries side by side. Same readers, parameters and
 * approved-or-draft rule as the scorecard ({@code includeDrafts}); {@code lang} is {@code de} or {@code en} (default:
 * the request's language). The answer says in {@code X-Classification} whether it is marked VS-NfD.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class BriefController {

    static final String PDF = "application/pdf";

    private final BriefService briefs;
    private final HttpHostResolver hosts;

    BriefController(BriefService briefs, HttpHostResolver hosts) {
        this.briefs = briefs;
        this.hosts = hosts;
    }

    @Get(value = "/countries/{iso2}/brief", produces = PDF)
    HttpResponse<byte[]> country(HttpRequest<?> request, String iso2, @QueryValue @Nullable String lang, @QueryValue @Nullable String profile,
                                 @QueryValue @Nullable Boolean includeDrafts, @Nullable Principal principal) {
        String language = BriefService.lang(lang, Messages.locale(request));
        BriefService.Pdf pdf = briefs.country(iso2.toUpperCase(Locale.ROOT), language, profile, Boolean.TRUE.equals(includeDrafts),
                hosts.resolve(request), Actors.name(principal));
        return answer(pdf);
    }

    @Get(value = "/compare/brief", produces = PDF)
    HttpResponse<byte[]> comparison(HttpRequest<?> request, @QueryValue @Nullable String countries, @QueryValue @Nullable String lang,
                                    @QueryValue @Nullable String profile, @QueryValue @Nullable Boolean includeDrafts,
                                    @Nullable Principal principal) {
        String language = BriefService.lang(lang, Messages.locale(request));
        BriefService.Pdf pdf = briefs.comparison(BriefService.countryList(countries), language, profile, Boolean.TRUE.equals(includeDrafts),
                hosts.resolve(request), Actors.name(principal));
        return answer(pdf);
    }

    private static HttpResponse<byte[]> answer(BriefService.Pdf pdf) {
        return HttpResponse.ok(pdf.bytes()).contentType(PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + pdf.fileName() + "\"")
                .header("X-Classification", pdf.classified() ? "VS_NFD" : "OFFEN");
    }
}
