package de.bund.partnerschaftsmonitor.opendata;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

/** A kept open-data release; {@code download} is where its ZIP is. */
@Serdeable
@Schema(name = "OpenDataRelease")
public record ReleaseView(long id, LocalDate releasedOn, long catalogVersionId, String catalogLabel, int instrumentCount,
                          int ratingCount, @Schema(description = "SHA-256 of the ZIP, hex") String sha256, long sizeBytes,
                          String createdBy, Instant createdAt, String download) {

    static ReleaseView from(OpenDataRepository.ReleaseRow r) {
        return new ReleaseView(r.id(), r.releasedOn(), r.catalogVersionId(), r.catalogLabel(), r.instrumentCount(), r.ratingCount(),
                r.sha256(), r.sizeBytes(), r.createdBy(), r.createdAt(), "/api/open-data/releases/" + r.id());
    }

    String fileName() {
        return "partnerschaftsmonitor-open-data-" + releasedOn + "-" + id + ".zip";
    }
}
