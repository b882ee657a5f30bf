package de.bund.partnerschaftsmonitor.criterion;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Creates a draft catalogue as a copy of the current published one. */
@Serdeable
public record DraftRequest(@NotBlank(message = "catalog.label.required") @Size(max = 100, message = "text.max100") String label) {
}
