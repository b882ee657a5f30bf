package de.bund.partnerschaftsmonitor.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@MappedEntity("agreements")
record Agreement(
        @Id @GeneratedValue @Nullable Long id,
        @Version @Nullable Long version,
        @Nullable String externalRef,
        String countryIso2,
        @Nullable AgreementType type,
        @Nullable String titleDe,
        @Nullable String titleEn,
        @Nullable String titleOriginal,
        @Nullable String summaryDe,
        @Nullable String summaryEn,
        PartyLevel partyLevel,
        @Nullable String partyState,
        @Nullable Ministry leadMinistry,
        @TypeDef(type = DataType.JSON) @Nullable List<Ministry> involvedMinistries,
        @Nullable String responsibleDesk,
        AgreementStatus status,
        @Nullable LocalDate dateSigned,
        @Nullable LocalDate dateInForce,
        @Nullable LocalDate dateEnd,
        @Nullable LocalDate nextReviewDue,
        @Nullable LocalDate plannedDate,
        @Nullable Boolean textPublic,
        @Nullable String digitalDataClauses,
        @Nullable Long predecessorId,
        @Nullable Instant archivedAt,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    Agreement withArchivedAt(@Nullable Instant when) {
        return new Agreement(id, version, externalRef, countryIso2, type, titleDe, titleEn, titleOriginal, summaryDe, summaryEn, partyLevel, partyState,
                leadMinistry, involvedMinistries, responsibleDesk, status, dateSigned, dateInForce, dateEnd, nextReviewDue, plannedDate,
                textPublic, digitalDataClauses, predecessorId, when, createdAt, updatedAt);
    }
}
