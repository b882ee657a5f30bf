package de.bund.partnerschaftsmonitor.criterion;

import de.bund.partnerschaftsmonitor.shared.web.Actors;
import de.bund.partnerschaftsmonitor.shared.web.InvalidInputException;
import de.bund.partnerschaftsmonitor.shared.web.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class CatalogController {

    private final CatalogService service;

    CatalogController(CatalogService service) {
        this.service = service;
    }

    /** The current published catalogue as assessors see it: active criteria, core first, and their groups. */
    @Serdeable
    record CriteriaView(long catalogVersionId, String catalogLabel, @Nullable Instant publishedAt, List<Catalog.CriterionView> criteria,
                        List<Catalog.GroupView> groups, List<Catalog.GatingRule> gatingRules) {
    }

    @Get("/criteria")
    CriteriaView criteria() {
        Catalog c = service.current();
        return new CriteriaView(c.id(), c.label(), c.publishedAt(), c.active(), c.groups(), c.gatingRules());
    }

    /** Weighting profiles of the current catalogue; the one with {@code isDefault} is used when no profile is named. */
    @Get("/profiles")
    List<Catalog.ProfileView> profiles() {
        return service.current().profiles();
    }

    /** All catalogue versions, newest first (a handful, so unpaged). */
    @Get("/catalogs")
    List<Catalog.Summary> catalogs() {
        return service.list();
    }

    @Get("/catalogs/{id}")
    Catalog catalog(long id) {
        return service.find(id).orElseThrow(() -> new NotFoundException("catalog.notFound"));
    }

    @Post("/catalogs")
    HttpResponse<Catalog> createDraft(@Body @Nullable DraftRequest request, @Nullable Principal principal) {
        Catalog created = service.createDraft(require(request), Actors.name(principal));
        return HttpResponse.created(created, URI.create("/api/catalogs/" + created.id()));
    }

    @Put("/catalogs/{id}/criteria/{criterionId}")
    Catalog.CriterionView putCriterion(long id, String criterionId, @Body @Nullable CriterionRequest request, @Nullable Principal principal) {
        return service.putCriterion(id, criterionId, require(request), Actors.name(principal));
    }

    @Put("/catalogs/{id}/profiles/{code}")
    Catalog.ProfileView putProfile(long id, String code, @Body @Nullable ProfileRequest request, @Nullable Principal principal) {
        return service.putProfile(id, code, require(request), Actors.name(principal));
    }

    /** Changes the description of a gating rule of a draft in both languages; {@code version} is the rule's. */
    @Put("/catalogs/{id}/gating-rules/{code}")
    Catalog.GatingRule putGatingRule(long id, String code, @Body @Nullable GatingRuleRequest request, @Nullable Principal principal) {
        return service.putGatingRule(id, code, require(request), Actors.name(principal));
    }

    /** Publishes a draft; from then on it never changes. {@code version}, when given, guards against publishing a changed draft. */
    @Post("/catalogs/{id}/publish")
    Catalog publish(long id, @QueryValue @Nullable Long version, @Nullable Principal principal) {
        return service.publish(id, version, Actors.name(principal));
    }

    private static <T> T require(@Nullable T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "body.required");
        }
        return body;
    }
}
