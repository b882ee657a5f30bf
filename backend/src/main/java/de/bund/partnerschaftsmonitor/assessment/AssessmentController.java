package de.bund.partnerschaftsmonitor.assessment;

import de.bund.partnerschaftsmonitor.shared.web.Actors;
import de.bund.partnerschaftsmonitor.shared.web.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.security.Principal;
import java.util.List;

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
            throw InvalidInputException.of("body", "The request needs a JSON body.");
        }
        return service.rate(id, criterionId, request, Actors.name(principal));
    }
}
