package de.bund.partnerschaftsmonitor.account;

import de.bund.partnerschaftsmonitor.shared.security.Permission;
import de.bund.partnerschaftsmonitor.shared.web.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** Who is signed in and what they may do, so that the UI offers only that. */
@Controller("/api/me")
@ExecuteOn(TaskExecutors.BLOCKING)
class MeController {

    private final AccountService accounts;

    MeController(AccountService accounts) {
        this.accounts = accounts;
    }

    @Serdeable
    record Me(String username, String displayName, List<String> roles, List<Permission> permissions,
              @Schema(allowableValues = {"de", "en"}, description = "The language of the person's mails (reminders)") String language) {
    }

    /** The signed-in person's language; checked by {@link AccountService#setLanguage}, so that one rule names the field. */
    @Serdeable
    record Language(@Nullable @Schema(allowableValues = {"de", "en"}, requiredMode = Schema.RequiredMode.REQUIRED) String language) {
    }

    @Get
    Me me(Authentication authentication) {
        List<String> roles = authentication.getRoles().stream().sorted().toList();
        return new Me(authentication.getName(), accounts.displayName(authentication.getName()).orElse(authentication.getName()),
                roles, Permission.of(roles), accounts.language(authentication.getName()).orElse(Account.DEFAULT_LANGUAGE));
    }

    /** Stores the language the person chose in the UI, for the mails they get; every signed-in person may set their own. */
    @Put("/language")
    Language setLanguage(@Body @Nullable Language body, Authentication authentication) {
        if (body == null) {
            throw InvalidInputException.of("body", "body.required");
        }
        return new Language(accounts.setLanguage(authentication.getName(), body.language()));
    }
}
