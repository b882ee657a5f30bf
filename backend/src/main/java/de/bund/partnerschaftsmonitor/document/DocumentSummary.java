package de.bund.partnerschaftsmonitor.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

/** A document's metadata as clients see it; {@code state} says whether it is the current version. */
@Serdeable
@Schema(name = "DocumentSummary")
public record DocumentSummary(
        long id,
        long version,
        long agreementId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"SIGNED_TEXT", "TRANSLATION", "AMENDMENT", "SUMMARY"}) String kind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "ISO 639-1", example = "de") String language,
        @Nullable String title,
        @Nullable LocalDate versionDate,
        @Nullable String source,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"OFFEN", "VS_NFD"}) String classification,
        String mediaType,
        @Nullable String fileName,
        long sizeBytes,
        String sha256,
        int textChars,
        @Nullable Long supersededBy,
        @Nullable Instant archivedAt,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"CURRENT", "SUPERSEDED", "ARCHIVED"}) String state,
        String uploadedBy,
        Instant uploadedAt) {

    static DocumentSummary from(AgreementDocument d) {
        String state = d.archivedAt() != null ? "ARCHIVED" : d.supersededBy() != null ? "SUPERSEDED" : "CURRENT";
        return new DocumentSummary(d.id(), d.version() == null ? 0 : d.version(), d.agreementId(), d.kind(), d.language(), d.title(),
                d.versionDate(), d.source(), d.classification(), d.mediaType(), d.fileName(), d.sizeBytes(), d.sha256(), d.textChars(),
                d.supersededBy(), d.archivedAt(), state, d.uploadedBy(), d.uploadedAt());
    }
}
