package de.bund.partnerschaftsmonitor.shared.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;
import java.util.Optional;

/**
 * Client-side routes such as {@code /agreements/12} have no file behind them: answer them with the
 * single-page app's {@code index.html}. Unknown API paths stay a 404 problem.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class SpaFallback {

    private static final List<String> SERVER_PATHS = List.of("/api/", "/swagger", "/health", "/login", "/logout", "/oauth", "/assets/");

    private final ResourceResolver resources;

    SpaFallback(ResourceResolver resources) {
        this.resources = resources;
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        String path = request.getPath();
        boolean wantsPage = request.getMethod() == HttpMethod.GET
                && SERVER_PATHS.stream().noneMatch(path::startsWith)
                && request.getHeaders().accept().stream().anyMatch(t -> t.matches(MediaType.TEXT_HTML_TYPE));
        if (wantsPage) {
            Optional<StreamedFile> index = resources.getResource("classpath:public/index.html").map(StreamedFile::new);
            if (index.isPresent()) {
                return HttpResponse.ok(index.get()).contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-cache");
            }
        }
        return ProblemHandlers.problem(HttpStatus.NOT_FOUND, "resource.notFound",
                Messages.text("resource.notFound", Messages.locale(request)), List.of());
    }
}
