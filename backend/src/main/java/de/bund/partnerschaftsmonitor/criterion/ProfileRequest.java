package de.bund.partnerschaftsmonitor.criterion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.Map;

/** New group weights of a profile in a draft catalogue; they must name every group and add up to 1. */
@Serdeable
public record ProfileRequest(
        @NotNull(message = "catalog.version.required") @Schema(description = "Version of the draft catalogue") Long version,
        @NotEmpty(message = "profile.weights.required") Map<String, BigDecimal> weights,
        @Nullable Boolean capsSoftInstruments,
        @Nullable @Schema(description = "Rationale in English") @Size(max = 1000, message = "text.max1000") String rationale,
        @Nullable @Size(max = 1000, message = "text.max1000") String rationaleDe) {
}
