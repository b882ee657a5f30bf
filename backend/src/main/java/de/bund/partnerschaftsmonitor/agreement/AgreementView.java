package de.bund.partnerschaftsmonitor.agreement;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An instrument with everything its detail page shows. */
/* Unknown values and empty lists are sent explicitly: clients must not have to guess. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AgreementView(
        long id,
        long version,
        @Nullable String externalRef,
        String countryIso2,
        String countryNameDe,
        String countryNameEn,
        @Nullable AgreementType type,
        @Nullable String titleDe,
        @Nullable String titleEn,
        @Nullable String titleOriginal,
        @Nullable String summaryDe,
        @Nullable String summaryEn,
        PartyLevel partyLevel,
        @Nullable String partyState,
        @Nullable Ministry leadMinistry,
        List<Ministry> involvedMinistries,
        @Nullable String responsibleDesk,
        AgreementStatus status,
        @Nullable LocalDate dateSigned,
        @Nullable LocalDate dateInForce,
        @Nullable LocalDate dateEnd,
        @Nullable LocalDate nextReviewDue,
        @Nullable @Schema(description = "While planned or in negotiation: when the instrument is meant to be concluded") LocalDate plannedDate,
        List<Component> components,
        @Nullable Boolean textPublic,
        @Nullable String digitalDataClauses,
        @Nullable LinkedAgreement predecessor,
        List<LinkedAgreement> successors,
        List<Source> sources,
        boolean archived,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Instrument of a fictitious demo country (demo seed only): never to be published", requiredMode = Schema.RequiredMode.REQUIRED) boolean fictitious) {

    @Serdeable
    public record LinkedAgreement(long id, @Nullable String titleDe, @Nullable String titleEn, @Nullable AgreementType type) {
        static LinkedAgreement from(Agreement a) {
            return new LinkedAgreement(a.id(), a.titleDe(), a.titleEn(), a.type());
        }
    }

    @Serdeable
    public record Source(@Nullable String field, String url, @Nullable String title, @Nullable LocalDate accessedOn) {
        static Source from(AgreementSource s) {
            return new Source(s.field(), s.url(), s.title(), s.accessedOn());
        }
    }
}
