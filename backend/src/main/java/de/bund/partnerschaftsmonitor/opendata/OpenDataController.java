package de.bund.partnerschaftsmonitor.opendata;

import de.bund.partnerschaftsmonitor.shared.web.Actors;
import de.bund.partnerschaftsmonitor.shared.web.Paging;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.net.URI;
import java.security.Principal;
import java.util.Set;

@Controller("/api/open-data/releases")
@ExecuteOn(TaskExecutors.BLOCKING)
class OpenDataController {

    static final String ZIP = "application/zip";

    private final OpenDataService service;

    OpenDataController(OpenDataService service) {
        this.service = service;
    }

    /** Releases, newest first. */
    @Get
    Page<ReleaseView> list(Pageable pageable) {
        return service.list(Paging.checked(pageable, Set.of()));
    }

    /** Publishes the public instruments and their approved ratings as a new release (a Frictionless Data Package). */
    @Post
    HttpResponse<ReleaseView> publish(@Nullable Principal principal) {
        ReleaseView release = service.publish(Actors.name(principal));
        return HttpResponse.created(release, URI.create(release.download()));
    }

    /** The release's package as a ZIP (datapackage.json and CSV files), byte for byte as published. */
    @Get("/{id}")
    @Produces(ZIP)
    @Operation(responses = @ApiResponse(responseCode = "200", description = "The package",
            content = @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary"))))
    HttpResponse<byte[]> download(long id) {
        ReleaseView release = service.find(id);
        return HttpResponse.ok(service.content(id)).contentType(MediaType.of(ZIP))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + release.fileName() + "\"");
    }
}
