package de.bund.partnerschaftsmonitor.criterion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A legal provision a criterion rests on; {@code verifiedInSession} says whether its text was read, {@code source} where.
 * {@code gist} is English, {@code gistDe} its German version (publishing asks for it where a gist is new or changed).
 */
@Serdeable
public record LegalReference(
        @NotBlank(message = "criterion.legalReference.instrument.required") @Size(max = 300, message = "text.max300") String instrument,
        @Nullable @Size(max = 300, message = "text.max300") String provision,
        @Nullable @Size(max = 1000, message = "text.max1000") String gist,
        @Nullable @Size(max = 1000, message = "text.max1000") String gistDe,
        boolean verifiedInSession,
        @Nullable @Size(max = 2000, message = "text.max2000") String source) {
}
