package de.bund.partnerschaftsmonitor.account;

import de.bund.partnerschaftsmonitor.shared.security.Permission;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;

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
    record Me(String username, String displayName, List<String> roles, List<Permission> permissions) {
    }

    @Get
    Me me(Authentication authentication) {
        List<String> roles = authentication.getRoles().stream().sorted().toList();
        return new Me(authentication.getName(), accounts.displayName(authentication.getName()).orElse(authentication.getName()),
                roles, Permission.of(roles));
    }
}
