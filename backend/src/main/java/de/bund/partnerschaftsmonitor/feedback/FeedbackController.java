package de.bund.partnerschaftsmonitor.feedback;

import de.bund.partnerschaftsmonitor.shared.web.Actors;
import de.bund.partnerschaftsmonitor.shared.web.InvalidInputException;
import de.bund.partnerschaftsmonitor.shared.web.Paging;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.net.URI;
import java.security.Principal;
import java.util.Set;

/**
 * Feedback on accessibility. Sending is open to everyone, signed in or not (the statement page is public); reading and
 * marking messages is for administrators (AccessRules).
 */
@Controller("/api/feedback")
@ExecuteOn(TaskExecutors.BLOCKING)
class FeedbackController {

    private final FeedbackService service;
    private final HttpClientAddressResolver addresses;

    FeedbackController(FeedbackService service, HttpClientAddressResolver addresses) {
        this.service = service;
        this.addresses = addresses;
    }

    /** Sends a message about a barrier; at most a few per client address and hour (429 beyond). */
    @Post
    HttpResponse<FeedbackReceipt> send(HttpRequest<?> http, @Body @Nullable FeedbackRequest request, @Nullable Principal principal) {
        if (request == null) {
            throw InvalidInputException.of("body", "body.required");
        }
        FeedbackReceipt receipt = service.receive(request, principal == null ? null : principal.getName(),
                String.valueOf(addresses.resolve(http)));
        return HttpResponse.created(receipt, URI.create("/api/feedback/" + receipt.id()));
    }

    /** @param handled true: handled ones only; false: open ones only; absent: all, newest first */
    @Get
    Page<FeedbackView> list(@QueryValue @Nullable Boolean handled, Pageable pageable) {
        return service.list(handled, Paging.checked(pageable, Set.of()));
    }

    @Get("/{id}")
    FeedbackView get(long id) {
        return service.get(id);
    }

    @Put("/{id}")
    FeedbackView mark(long id, @Body @Nullable FeedbackHandledRequest request, @Nullable Principal principal) {
        if (request == null) {
            throw InvalidInputException.of("body", "body.required");
        }
        return service.mark(id, request, Actors.name(principal));
    }
}
