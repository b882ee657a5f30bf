package de.bund.partnerschaftsmonitor.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** Ratings returned to the signed-in author with the reviewer's comment, newest return first; {@code count} is over all pages. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReturnedRatings(List<Item> items, long count, int page, int size) {

    /** {@code version}: the version to base the revision on. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Item(long agreementId, @Nullable String agreementTitleDe, @Nullable String agreementTitleEn, String countryIso2,
                       String countryNameDe, String countryNameEn, String criterionId, @Nullable Integer level,
                       boolean notApplicable, String reviewedBy, Instant reviewedAt, String reviewComment, long version) {
    }
}
