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
        @NotBlank(message = "Partner country is required.")
        @Pattern(regexp = "[A-Z]{2}", message = "Use a two-letter ISO 3166-1 code such as KE.") String countryIso2,
        @Nullable @Schema(allowableValues = {"TREATY", "MOU", "WORKING_STRUCTURE"})
        @Pattern(regexp = AgreementType.PATTERN, message = "Unknown instrument type.") String type,
        @Nullable @Size(max = 500, message = "At most 500 characters.") String titleDe,
        @Nullable @Size(max = 500, message = "At most 500 characters.") String titleEn,
        @Nullable @Schema(description = "Title in the instrument's own language when it is neither German nor English")
        @Size(max = 500, message = "At most 500 characters.") String titleOriginal,
        @Nullable @Size(max = 4000, message = "At most 4000 characters.") String summaryDe,
        @Nullable @Size(max = 4000, message = "At most 4000 characters.") String summaryEn,
        @NotNull(message = "Level of the parties is required.")
        @Schema(allowableValues = {"DE_BILATERAL", "EU", "OTHER_EUROPEAN_STATE"})
        @Pattern(regexp = PartyLevel.PATTERN, message = "Unknown level.") String partyLevel,
        @Nullable @Pattern(regexp = "[A-Z]{2}", message = "Use a two-letter ISO 3166-1 code such as IT.") String partyState,
        @Nullable @Pattern(regexp = Ministry.PATTERN, message = "Unknown ministry.") String leadMinistry,
        @Nullable @Size(max = 20, message = "At most 20 ministries.")
        List<@NotNull @Pattern(regexp = Ministry.PATTERN, message = "Unknown ministry.") String> involvedMinistries,
        @Nullable @Size(max = 100, message = "At most 100 characters.") String responsibleDesk,
        @NotNull(message = "Status is required.")
        @Schema(allowableValues = {"PLANNED", "NEGOTIATING", "SIGNED", "PROVISIONALLY_APPLIED", "IN_FORCE", "SUSPENDED", "EXPIRED", "TERMINATED"})
        @Pattern(regexp = AgreementStatus.PATTERN, message = "Unknown status.") String status,
        @Nullable @Schema(format = "date") @Pattern(regexp = DATE, message = DATE_MESSAGE) String dateSigned,
        @Nullable @Schema(format = "date") @Pattern(regexp = DATE, message = DATE_MESSAGE) String dateInForce,
        @Nullable @Schema(format = "date") @Pattern(regexp = DATE, message = DATE_MESSAGE) String dateEnd,
        @Nullable @Schema(format = "date") @Pattern(regexp = DATE, message = DATE_MESSAGE) String nextReviewDue,
        @Nullable @Size(max = 8, message = "At most 8 components.")
        List<@NotNull @Pattern(regexp = Component.PATTERN, message = "Unknown component.") String> components,
        @Nullable Boolean textPublic,
        @Nullable @Size(max = 2000, message = "At most 2000 characters.") String digitalDataClauses,
        @Nullable Long predecessorId,
        @Nullable @Size(max = 50, message = "At most 50 sources.") List<@NotNull @Valid SourceInput> sources) {

    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    static final String DATE_MESSAGE = "Use a date in the form YYYY-MM-DD.";

    @Serdeable
    public record SourceInput(
            @Nullable @Size(max = 40, message = "At most 40 characters.") String field,
            @NotBlank(message = "A source needs a URL.") @Size(max = 2000, message = "At most 2000 characters.")
            @Pattern(regexp = "https?://\\S+", message = "Use a web address starting with http:// or https://.") String url,
            @Nullable @Size(max = 300, message = "At most 300 characters.") String title,
            @Nullable @Schema(format = "date") @Pattern(regexp = DATE, message = DATE_MESSAGE) String accessedOn) {
    }
}
