package de.bund.partnerschaftsmonitor.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import de.bund.partnerschaftsmonitor.shared.web.Paging;

import java.util.Set;

@Controller("/api/reviews")
@ExecuteOn(TaskExecutors.BLOCKING)
class ReviewController {

    private final AssessmentService service;

    ReviewController(AssessmentService service) {
        this.service = service;
    }

    /** Submitted ratings the signed-in reviewer may approve or return, oldest submission first. */
    @Get
    Page<ReviewQueue.Item> awaiting(Pageable pageable, @Nullable Authentication authentication) {
        return service.queue(AssessmentController.reviewer(authentication), Paging.checked(pageable, Set.of()));
    }

    /** Ratings reviewers returned to the signed-in person (who wrote or submitted them), with the comment, newest first. */
    @Get("/returned")
    ReturnedRatings returned(Pageable pageable, @Nullable Authentication authentication) {
        Pageable page = Paging.checked(pageable, Set.of());
        return service.returnedTo(AssessmentController.reviewer(authentication).name(), page.getNumber(), page.getSize());
    }
}
