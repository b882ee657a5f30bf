package de.bund.partnerschaftsmonitor.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Rates an instrument against a criterion: a level 0–3, or not applicable with a reason, or (level null)
 * back to not assessed. Evidence is required for every level above 0; level 0 says where the assessor looked.
 */
@Serdeable
public record AssessmentRequest(
        @Nullable @Min(value = 0, message = "assessment.level.invalid") @Max(value = 3, message = "assessment.level.invalid") Integer level,
        @Nullable Boolean notApplicable,
        @Nullable @Size(max = 1000, message = "text.max1000") String notApplicableReason,
        @Nullable @Valid Evidence evidence,
        @Nullable @Schema(allowableValues = {"HIGH", "MEDIUM", "LOW"})
        @Pattern(regexp = Confidence.PATTERN, message = "assessment.confidence.unknown") String confidence,
        @Nullable @Schema(description = "Id of a binding instrument (treaty) this rating relies on") Long crossReference,
        @Nullable @Schema(description = "Absent on the first rating; afterwards the version the change is based on") Long version,
        @Nullable @Valid @Schema(description = "Only with level 0: where the assessor looked without finding anything") SearchRecord searchRecord) {

    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    @Serdeable
    public record Evidence(
            @Nullable @Size(max = 500, message = "text.max500") String reference,
            @Nullable @Size(max = 4000, message = "text.max4000") String quote,
            @Nullable @Size(max = 2000, message = "text.max2000") String source,
            @Nullable @Schema(format = "date") @Pattern(regexp = DATE, message = "date.invalid") String asOf,
            @Nullable @Schema(description = "The document the quote is taken from (one of the instrument's)") Long documentId,
            @Nullable @Size(max = 100, message = "text.max100") @Schema(description = "The passage's anchor in that document, e.g. art_7__para_2") String anchor) {
    }

    boolean isNotApplicable() {
        return Boolean.TRUE.equals(notApplicable);
    }
}
