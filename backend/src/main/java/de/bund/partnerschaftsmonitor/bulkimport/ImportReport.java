package de.bund.partnerschaftsmonitor.bulkimport;

import de.bund.partnerschaftsmonitor.shared.web.Problem.FieldError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * What an import did, or in a dry run would do once every row is valid. {@code rows} lists the rows with mistakes,
 * each field by field in the codes and words of the instrument API.
 */
@Serdeable
@Schema(name = "ImportReport")
public record ImportReport(
        @Schema(description = "SHA-256 of the uploaded file, hex") String sha256,
        @Schema(description = "Whether nothing was stored (dry run, or refused)") boolean dryRun,
        @Schema(description = "Data rows read (empty rows and rows whose first cell begins with # are not counted)") int total,
        @Schema(description = "Instruments created, or that would be created") int created,
        @Schema(description = "Instruments changed, or that would be changed") int updated,
        @Schema(description = "Rows that match their instrument exactly: nothing to change") int unchanged,
        @Schema(description = "Rows with mistakes; empty when the file can be imported") List<RowReport> rows) {

    @Serdeable
    @Schema(name = "ImportRowReport")
    public record RowReport(
            @Schema(description = "Row as the spreadsheet shows it; the header is row 1") int row,
            @Nullable @Schema(description = "The row's external reference, when it has one") String externalRef,
            List<FieldError> errors) {
    }

    boolean valid() {
        return rows.isEmpty();
    }
}
