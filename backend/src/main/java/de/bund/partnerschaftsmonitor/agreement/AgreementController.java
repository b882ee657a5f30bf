package de.bund.partnerschaftsmonitor.agreement;

import de.bund.partnerschaftsmonitor.shared.cache.ReadCache;
import de.bund.partnerschaftsmonitor.audit.AuditService;
import de.bund.partnerschaftsmonitor.shared.web.Actors;
import de.bund.partnerschaftsmonitor.shared.web.InvalidInputException;
import de.bund.partnerschaftsmonitor.shared.web.NotFoundException;
import de.bund.partnerschaftsmonitor.shared.web.Paging;
import de.bund.partnerschaftsmonitor.audit.AuditExports;
import de.bund.partnerschaftsmonitor.shared.export.Exporter;
import de.bund.partnerschaftsmonitor.shared.export.Rows;
import io.micronaut.http.HttpRequest;
import de.bund.partnerschaftsmonitor.shared.export.ExportFormat;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.net.URI;
import java.security.Principal;
import java.util.List;

@Controller("/api/agreements")
@ExecuteOn(TaskExecutors.BLOCKING)
class AgreementController {

    private final AgreementService service;
    private final ReadCache readCache;
    private final Exporter exporter;

    AgreementController(AgreementService service, ReadCache readCache, Exporter exporter) {
        this.service = service;
        this.readCache = readCache;
        this.exporter = exporter;
    }

    /**
     * Filters, sort ({@code sort=title,asc}) and paging ({@code page}, {@code size} up to 100); as a file
     * ({@code format=csv|xlsx} or {@code Accept}) every page with the same filters and sort.
     */
    @Get
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    HttpResponse<Page<AgreementListItem>> list(@RequestBean AgreementFilter filter, Pageable pageable,
                                               @QueryValue @Nullable String format, HttpRequest<?> request) {
        Pageable page = Paging.checked(pageable, AgreementRepository.SORTS.keySet());
        return exporter.answer(request, format, () -> service.search(filter, page), AgreementExports.LIST,
                (number, size) -> service.search(filter, Pageable.from(number, size, page.getSort())).getContent());
    }

    @Get("/{id}")
    AgreementView get(long id) {
        return readCache.get(ReadCache.key("agreement", id), () -> service.find(id))
                .orElseThrow(() -> new NotFoundException("agreement.notFound"));
    }

    @Post
    HttpResponse<AgreementView> create(@Body AgreementRequest request, @Nullable Principal principal) {
        requireBody(request);
        AgreementView created = service.create(request, Actors.name(principal));
        return HttpResponse.created(created, URI.create("/api/agreements/" + created.id()));
    }

    @Put("/{id}")
    AgreementView update(long id, @Body AgreementRequest request, @Nullable Principal principal) {
        requireBody(request);
        return service.update(id, request, Actors.name(principal));
    }

    /** Archives the instrument; {@code version}, when given, guards against archiving a changed record. */
    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void archive(long id, @QueryValue @Nullable Long version, @Nullable Principal principal) {
        service.archive(id, version, Actors.name(principal));
    }

    @Post("/{id}/restore")
    AgreementView restore(long id, @QueryValue @Nullable Long version, @Nullable Principal principal) {
        return service.restore(id, version, Actors.name(principal));
    }

    @Get("/{id}/history")
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    HttpResponse<List<AuditService.Entry>> history(long id, @QueryValue @Nullable String format, HttpRequest<?> request) {
        List<AuditService.Entry> entries = service.history(id);
        return exporter.answer(request, format, () -> entries, AuditExports.HISTORY, Rows.of(entries));
    }

    private static void requireBody(@Nullable AgreementRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "body.required");
        }
    }
}
