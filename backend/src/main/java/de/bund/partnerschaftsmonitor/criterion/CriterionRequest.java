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
        @NotBlank(message = "criterion.group.required") String group,
        @Nullable Boolean core,
        @Nullable @Min(value = 1, message = "criterion.displayOrder.range") @Max(value = 999, message = "criterion.displayOrder.range") Integer displayOrder,
        @NotBlank(message = "criterion.nameEn.required") @Size(max = 300, message = "text.max300") String nameEn,
        @Nullable @Size(max = 300, message = "text.max300") String nameDe,
        @NotBlank(message = "criterion.questionEn.required") @Size(max = 1000, message = "text.max1000") String questionEn,
        @Nullable @Size(max = 1000, message = "text.max1000") String questionDe,
        @NotNull(message = "criterion.scale.required") @Size(min = 4, max = 4, message = "criterion.scale.size")
        List<@NotBlank(message = "criterion.scale.level.required") @Size(max = 1000, message = "text.max1000") String> scaleEn,
        @Nullable @Schema(description = "German descriptions of levels 0 to 3; an empty or null entry is a translation still missing")
        @Size(min = 4, max = 4, message = "criterion.scale.size")
        List<@Nullable @Size(max = 1000, message = "text.max1000") String> scaleDe,
        @Nullable @Size(max = 30, message = "criterion.legalReferences.tooMany") List<@NotNull @Valid LegalReference> legalReferences,
        @Nullable @Size(max = 50, message = "criterion.keywords.tooMany") List<@NotBlank(message = "criterion.keyword.required") @Size(max = 200, message = "text.max200") String> keywordsDe,
        @Nullable @Size(max = 50, message = "criterion.keywords.tooMany") List<@NotBlank(message = "criterion.keyword.required") @Size(max = 200, message = "text.max200") String> keywordsEn,
        @Nullable Boolean retired) {
}
