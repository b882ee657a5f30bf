package de.bund.partnerschaftsmonitor.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

@MappedEntity("agreement_sources")
record AgreementSource(
        @Id @GeneratedValue @Nullable Long id,
        Long agreementId,
        int position,
        @Nullable String field,
        String url,
        @Nullable String title,
        @Nullable LocalDate accessedOn) {
}
