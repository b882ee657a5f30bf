package de.bund.partnerschaftsmonitor.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message about a barrier. Only the message is required: people may stay anonymous. */
@Serdeable
public record FeedbackRequest(
        @NotBlank(message = "feedback.message.required") @Size(max = 4000, message = "text.max4000")
        @Schema(description = "What does not work, and where", example = "Die Weltkarte lässt sich mit dem Bildschirmleser nicht bedienen.")
        String message,
        @Nullable @Size(max = 500, message = "text.max500") @Schema(description = "The page concerned (address or name)", example = "/dashboard")
        String page,
        @Nullable @Size(max = 200, message = "text.max200") @Schema(description = "How to reach the sender for an answer; optional")
        String contact) {
}
