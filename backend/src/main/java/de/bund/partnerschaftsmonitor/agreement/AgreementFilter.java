package de.bund.partnerschaftsmonitor.agreement;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Query parameters of the agreements list; every one optional. */
@Introspected
public record AgreementFilter(
        @QueryValue @Nullable @Pattern(regexp = "[A-Z]{2}", message = "filter.country.unknown") String country,
        @QueryValue @Nullable @Pattern(regexp = AgreementType.PATTERN, message = "filter.type.unknown") String type,
        @QueryValue @Nullable @Pattern(regexp = AgreementStatus.PATTERN, message = "filter.status.unknown") String status,
        @QueryValue @Nullable @Pattern(regexp = Component.PATTERN, message = "filter.component.unknown") String component,
        @QueryValue @Nullable @Size(max = 200, message = "text.max200") String q,
        @QueryValue @Nullable Boolean archived) {

    boolean showArchived() {
        return Boolean.TRUE.equals(archived);
    }
}
