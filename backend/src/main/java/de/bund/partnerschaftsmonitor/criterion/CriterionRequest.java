package de.bund.partnerschaftsmonitor.criterion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Adds a criterion to a draft catalogue, or edits or retires one ({@code retired: true}). Every text has an English and a
 * German field; a draft may be saved while German texts are missing, but it is published only when all of them are there.
 */
@Serdeable
public record CriterionRequest(
        @Nullable @Schema(description = "Required when editing: the criterion version the change is based on") Long version,
        @NotBlank(message = "Choose the group of the criterion.") String group,
        @Nullable Boolean core,
        @Nullable @Min(value = 1, message = "At least 1.") @Max(value = 999, message = "At most 999.") Integer displayOrder,
        @NotBlank(message = "An English name is required.") @Size(max = 300, message = "At most 300 characters.") String nameEn,
        @Nullable @Size(max = 300, message = "At most 300 characters.") String nameDe,
        @NotBlank(message = "An English question is required.") @Size(max = 1000, message = "At most 1000 characters.") String questionEn,
        @Nullable @Size(max = 1000, message = "At most 1000 characters.") String questionDe,
        @NotNull(message = "Describe each of the levels 0 to 3.") @Size(min = 4, max = 4, message = "Describe exactly the levels 0 to 3.")
        List<@NotBlank(message = "Describe this level.") @Size(max = 1000, message = "At most 1000 characters.") String> scaleEn,
        @Nullable @Schema(description = "German descriptions of levels 0 to 3; an empty or null entry is a translation still missing")
        @Size(min = 4, max = 4, message = "Describe exactly the levels 0 to 3.")
        List<@Nullable @Size(max = 1000, message = "At most 1000 characters.") String> scaleDe,
        @Nullable @Size(max = 30, message = "At most 30 references.") List<@NotNull @Valid LegalReference> legalReferences,
        @Nullable @Size(max = 50, message = "At most 50 keywords.") List<@NotBlank @Size(max = 200) String> keywordsDe,
        @Nullable @Size(max = 50, message = "At most 50 keywords.") List<@NotBlank @Size(max = 200) String> keywordsEn,
        @Nullable Boolean retired) {
}
