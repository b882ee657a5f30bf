package de.bund.partnerschaftsmonitor.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** An account as the admin API shows it; the password hash never leaves the server. */
@Serdeable
public record AccountView(long id, long version, String username, String displayName, List<String> roles, boolean enabled,
                          boolean locked, @Nullable Instant lastLoginAt, @Nullable Instant passwordChangedAt,
                          @Nullable Instant createdAt, @Nullable Instant updatedAt, @Nullable String email, @Nullable String desk,
                          @Schema(allowableValues = {"de", "en"}, description = "The language of the person's reminder mails") String language) {

    static AccountView from(Account a, List<String> roles) {
        return new AccountView(a.id(), a.version() == null ? 0 : a.version(), a.username(), a.displayName(), roles, a.enabled(),
                a.lockedAt(Instant.now()), a.lastLoginAt(), a.passwordChangedAt(), a.createdAt(), a.updatedAt(), a.email(), a.desk(),
                a.language());
    }
}
