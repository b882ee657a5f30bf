package de.bund.partnerschaftsmonitor.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Body of create and update. Enumerations and dates arrive as text and are checked here, so that one
 * response can name every offending field instead of failing on the first unreadable value.
 */
@Serdeable
public record AgreementRequest(
        @Nullable @Schema(description = "Required on update: the version the change is based on") Long version,
        @NotBlank(message = "agreement.country.required")
        @Pattern(regexp = "[A-Z]{2}", message = "agreement.country.unknown") String countryIso2,
        @Nullable @Schema(allowableValues = {"TREATY", "MOU", "WORKING_STRUCTURE"})
        @Pattern(regexp = AgreementType.PATTERN, message = "agreement.type.unknown") String type,
        @Nullable @Size(max = 500, message = "text.max500") String titleDe,
        @Nullable @Size(max = 500, message = "text.max500") String titleEn,
        @Nullable @Schema(description = "Title in the instrument's own language when it is neither German nor English")
        @Size(max = 500, message = "text.max500") String titleOriginal,
        @Nullable @Size(max = 4000, message = "text.max4000") String summaryDe,
        @Nullable @Size(max = 4000, message = "text.max4000") String summaryEn,
        @NotNull(message = "agreement.partyLevel.required")
        @Schema(allowableValues = {"DE_BILATERAL", "EU", "OTHER_EUROPEAN_STATE"})
        @Pattern(regexp = PartyLevel.PATTERN, message = "agreement.partyLevel.unknown") String partyLevel,
        @Nullable @Pattern(regexp = "[A-Z]{2}", message = "agreement.partyState.unknown") String partyState,
        @Nullable @Pattern(regexp = Ministry.PATTERN, message = "agreement.ministry.unknown") String leadMinistry,
        @Nullable @Size(max = 20, message = "agreement.ministries.tooMany")
        List<@NotNull @Pattern(regexp = Ministry.PATTERN, message = "agreement.ministry.unknown") String> involvedMinistries,
        @Nullable @Size(max = 100, message = "text.max100") String responsibleDesk,
        @NotNull(message = "agreement.status.required")
        @Schema(allowableValues = {"PLANNED", "NEGOTIATING", "SIGNED", "PROVISIONALLY_APPLIED", "IN_FORCE", "SUSPENDED", "EXPIRED", "TERMINATED"})
        @Pattern(regexp = AgreementStatus.PATTERN, message = "agreement.status.unknown") String status,
        @Nullable @Schema(format = "date") @Pattern(regexp = DATE, message = DATE_MESSAGE) String dateSigned,
        @Nullable @Schema(format = "date") @Pattern(regexp = DATE, message = DATE_MESSAGE) String dateInForce,
        @Nullable @Schema(format = "date") @Pattern(regexp = DATE, message = DATE_MESSAGE) String dateEnd,
        @Nullable @Schema(format = "date") @Pattern(regexp = DATE, message = DATE_MESSAGE) String nextReviewDue,
        @Nullable @Schema(format = "date", description = "When an instrument still planned or in negotiation is meant to be concluded;"
                + " only with status PLANNED or NEGOTIATING")
        @Pattern(regexp = DATE, message = DATE_MESSAGE) String plannedDate,
        @Nullable @Size(max = 8, message = "agreement.components.tooMany")
        List<@NotNull @Pattern(regexp = Component.PATTERN, message = "agreement.component.unknown") String> components,
        @Nullable Boolean textPublic,
        @Nullable @Size(max = 2000, message = "text.max2000") String digitalDataClauses,
        @Nullable Long predecessorId,
        @Nullable @Size(max = 50, message = "agreement.sources.tooMany") List<@NotNull @Valid SourceInput> sources) {

    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    static final String DATE_MESSAGE = "date.invalid";

    @Serdeable
    public record SourceInput(
            @Nullable @Size(max = 40, message = "text.max40") String field,
            @NotBlank(message = "agreement.source.url.required") @Size(max = 2000, message = "text.max2000")
            @Pattern(regexp = "https?://\\S+", message = "agreement.source.url.invalid") String url,
            @Nullable @Size(max = 300, message = "text.max300") String title,
            @Nullable @Schema(format = "date") @Pattern(regexp = DATE, message = DATE_MESSAGE) String accessedOn) {
    }
}
