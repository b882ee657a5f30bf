package de.bund.partnerschaftsmonitor.agreement;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import de.bund.partnerschaftsmonitor.search.Snippet;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One row of the agreements table, read by a single query. */
/* Unknown values and empty lists are sent explicitly: clients must not have to guess. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AgreementListItem(
        long id,
        long version,
        String countryIso2,
        String countryNameDe,
        String countryNameEn,
        @Nullable AgreementType type,
        @Nullable String titleDe,
        @Nullable String titleEn,
        @Nullable String titleOriginal,
        PartyLevel partyLevel,
        AgreementStatus status,
        @Nullable LocalDate dateSigned,
        @Nullable LocalDate dateInForce,
        @Nullable @Schema(description = "While planned or in negotiation: when the instrument is meant to be concluded") LocalDate plannedDate,
        @Nullable Ministry leadMinistry,
        List<Component> components,
        boolean archived,
        Instant updatedAt,
        @Schema(description = "Instrument of a fictitious demo country (demo seed only): never to be published", requiredMode = Schema.RequiredMode.REQUIRED) boolean fictitious,
        @Nullable @Schema(description = "With q: where the instrument matched best (its title, summary or a document passage)") Snippet match) {

    AgreementListItem withMatch(@Nullable Snippet snippet) {
        return new AgreementListItem(id, version, countryIso2, countryNameDe, countryNameEn, type, titleDe, titleEn, titleOriginal,
                partyLevel, status, dateSigned, dateInForce, plannedDate, leadMinistry, components, archived, updatedAt, fictitious, snippet);
    }
}
