package de.bund.partnerschaftsmonitor.assessment;

import de.bund.partnerschaftsmonitor.shared.web.Actors;
import de.bund.partnerschaftsmonitor.shared.web.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;

import java.security.Principal;
import java.util.List;
import java.util.Set;

@Controller("/api/agreements/{id}/assessments")
@ExecuteOn(TaskExecutors.BLOCKING)
class AssessmentController {

    private final AssessmentService service;

    AssessmentController(AssessmentService service) {
        this.service = service;
    }

    /** One entry per criterion of the current catalogue (twelve at most, so unpaged), core first. */
    @Get
    List<AssessmentView> list(long id) {
        return service.list(id);
    }

    @Put("/{criterionId}")
    AssessmentView rate(long id, String criterionId, @Body @Nullable AssessmentRequest request, @Nullable Principal principal) {
        if (request == null) {
            throw InvalidInputException.of("body", "body.required");
        }
        return service.rate(id, criterionId, request, Actors.name(principal));
    }

    /** DRAFT or CHANGES_REQUESTED → SUBMITTED; {@code version} optional. */
    @Post("/{criterionId}/submit")
    AssessmentView submit(long id, String criterionId, @Body @Nullable ReviewRequest request, @Nullable Principal principal) {
        return service.submit(id, criterionId, request == null ? null : request.version(), Actors.name(principal));
    }

    /** SUBMITTED → APPROVED; {@code version} required. */
    @Post("/{criterionId}/approve")
    AssessmentView approve(long id, String criterionId, @Body @Nullable ReviewRequest request, @Nullable Authentication authentication) {
        return service.approve(id, criterionId, request == null ? null : request.version(), reviewer(authentication));
    }

    /** SUBMITTED → CHANGES_REQUESTED; {@code comment} and {@code version} required. */
    @Post("/{criterionId}/return")
    AssessmentView sendBack(long id, String criterionId, @Body @Nullable ReviewRequest request, @Nullable Authentication authentication) {
        return service.sendBack(id, criterionId, request, reviewer(authentication));
    }

    @Get("/{criterionId}/comments")
    List<CommentView> comments(long id, String criterionId) {
        return service.comments(id, criterionId);
    }

    @Post("/{criterionId}/comments")
    HttpResponse<CommentView> comment(long id, String criterionId, @Body @Nullable ReviewRequest request, @Nullable Principal principal) {
        return HttpResponse.created(service.comment(id, criterionId, request, Actors.name(principal)));
    }

    static Reviewer reviewer(@Nullable Authentication authentication) {
        return authentication == null ? new Reviewer(Actors.ANONYMOUS, Set.of())
                : new Reviewer(authentication.getName(), Set.copyOf(authentication.getRoles()));
    }
}
