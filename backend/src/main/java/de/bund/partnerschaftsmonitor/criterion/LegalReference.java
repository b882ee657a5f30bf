package de.bund.partnerschaftsmonitor.criterion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A legal provision a criterion rests on; {@code verifiedInSession} says whether its text was read, {@code source} where. */
@Serdeable
public record LegalReference(
        @NotBlank(message = "Name the legal instrument.") @Size(max = 300, message = "At most 300 characters.") String instrument,
        @Nullable @Size(max = 300, message = "At most 300 characters.") String provision,
        @Nullable @Size(max = 1000, message = "At most 1000 characters.") String gist,
        boolean verifiedInSession,
        @Nullable @Size(max = 2000, message = "At most 2000 characters.") String source) {
}
