package de.bund.partnerschaftsmonitor.criterion;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Creates a draft catalogue as a copy of the current published one. */
@Serdeable
public record DraftRequest(@NotBlank(message = "Give the draft a label.") @Size(max = 100, message = "At most 100 characters.") String label) {
}
