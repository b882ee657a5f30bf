package de.bund.partnerschaftsmonitor.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Body of create and update. On create {@code username} and {@code password} are required; on update
 * {@code version} is, and a {@code password} resets the password (and lifts a sign-in lock).
 */
@Serdeable
public record AccountRequest(
        @Nullable @Schema(description = "Required on update: the version the change is based on") Long version,
        @Nullable @Pattern(regexp = AccountRequest.USERNAME, message = "account.username.invalid") String username,
        @NotBlank(message = "account.displayName.required") @Size(max = 200, message = "text.max200") String displayName,
        @NotEmpty(message = "account.roles.required")
        List<@Pattern(regexp = "DESK_OFFICER|DEVCOOP_REVIEWER|LEADERSHIP|ADMIN", message = "account.role.unknown") String> roles,
        @Nullable Boolean enabled,
        @Nullable @Schema(description = "New password, 12 to 72 characters; never shown again")
        @Size(min = 12, max = 72, message = "account.password.length") String password,
        @Nullable @Schema(description = "Where deadline reminders go; none without it. Absent on update: unchanged; empty: removed")
        @Size(max = 254, message = "account.email.invalid") @Pattern(regexp = "(" + AccountRequest.EMAIL + ")?", message = "account.email.invalid") String email,
        @Nullable @Schema(description = "The person's desk, written as in the instruments' responsible desk: its deadlines are theirs")
        @Size(max = 100, message = "text.max100") String desk,
        @Nullable @Schema(description = "The language of the person's reminder mails; absent on update: unchanged", allowableValues = {"de", "en"})
        @Pattern(regexp = Account.LANGUAGES, message = "account.language.unknown") String language) {

    static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,99}";
    /** One address, no display name: what reminders can be sent to. */
    static final String EMAIL = "[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+";
}
