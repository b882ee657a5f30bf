package de.bund.partnerschaftsmonitor.criterion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** New description of a gating rule of a draft catalogue, in English and German; the rule itself is evaluated by the scoring code. */
@Serdeable
public record GatingRuleRequest(
        @NotNull(message = "version.required") @Schema(description = "Version of the gating rule the change is based on") Long version,
        @NotBlank(message = "gatingRule.descriptionEn.required") @Size(max = 1000, message = "text.max1000") String descriptionEn,
        @Nullable @Schema(description = "German description; required for publishing") @Size(max = 1000, message = "text.max1000") String descriptionDe) {
}
