package de.bund.partnerschaftsmonitor.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Body of submit, approve, return and comment. */
@Serdeable
public record ReviewRequest(
        @Nullable @Schema(description = "The version of the rating the decision is about; required to approve or return") Long version,
        @Nullable @Size(max = 2000, message = "text.max2000") String comment) {
}
