package de.bund.partnerschaftsmonitor.account;

import de.bund.partnerschaftsmonitor.shared.web.Actors;
import de.bund.partnerschaftsmonitor.shared.web.InvalidInputException;
import de.bund.partnerschaftsmonitor.shared.web.NotFoundException;
import de.bund.partnerschaftsmonitor.shared.web.Paging;
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
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.net.URI;
import java.security.Principal;

/** Account administration (ADMIN only, see AccessRules). Accounts are disabled, not deleted, so the trail keeps its names. */
@Controller("/api/accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountController {

    private final AccountService service;
    private final SessionAccountCheck sessions;

    AccountController(AccountService service, SessionAccountCheck sessions) {
        this.service = service;
        this.sessions = sessions;
    }

    @Get
    Page<AccountView> list(Pageable pageable) {
        return service.list(Paging.checked(pageable, AccountRepository.SORTS));
    }

    @Get("/{id}")
    AccountView get(long id) {
        return service.find(id).orElseThrow(() -> new NotFoundException("account.notFound"));
    }

    @Post
    HttpResponse<AccountView> create(@Body @Nullable AccountRequest request, @Nullable Principal principal) {
        AccountView created = service.create(requireBody(request), Actors.name(principal));
        return HttpResponse.created(created, URI.create("/api/accounts/" + created.id()));
    }

    @Put("/{id}")
    AccountView update(long id, @Body @Nullable AccountRequest request, @Nullable Principal principal) {
        AccountView updated = service.update(id, requireBody(request), Actors.name(principal));
        // Committed: this instance's next request of that account sees the new roles or the disabling at once.
        sessions.forget(updated.username());
        return updated;
    }

    /**
     * Lifts a sign-in lock and clears the failure count without touching the password. Sign-in counters
     * never bump the account's version, so neither does this: a form open elsewhere stays valid.
     */
    @Delete("/{id}/lock")
    @Status(HttpStatus.NO_CONTENT)
    void unlock(long id, @Nullable Principal principal) {
        service.unlock(id, Actors.name(principal));
    }

    private static AccountRequest requireBody(@Nullable AccountRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "body.required");
        }
        return request;
    }
}
