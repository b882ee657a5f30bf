package de.bund.partnerschaftsmonitor.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** Marks a message as handled, or as open again. */
@Serdeable
public record FeedbackHandledRequest(
        @NotNull(message = "version.required") @Schema(description = "The version of the message the change is based on") Long version,
        @Nullable @Schema(description = "true: handled (default); false: open again") Boolean handled) {
}
