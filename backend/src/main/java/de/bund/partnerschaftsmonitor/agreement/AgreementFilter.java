package de.bund.partnerschaftsmonitor.agreement;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Query parameters of the agreements list; every one optional. */
@Introspected
public record AgreementFilter(
        @QueryValue @Nullable @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as KE") String country,
        @QueryValue @Nullable @Pattern(regexp = AgreementType.PATTERN, message = "must be one of " + AgreementType.PATTERN) String type,
        @QueryValue @Nullable @Pattern(regexp = AgreementStatus.PATTERN, message = "must be one of " + AgreementStatus.PATTERN) String status,
        @QueryValue @Nullable @Pattern(regexp = Component.PATTERN, message = "must be one of " + Component.PATTERN) String component,
        @QueryValue @Nullable @Size(max = 200, message = "must be at most 200 characters") String q,
        @QueryValue @Nullable Boolean archived) {

    boolean showArchived() {
        return Boolean.TRUE.equals(archived);
    }
}
