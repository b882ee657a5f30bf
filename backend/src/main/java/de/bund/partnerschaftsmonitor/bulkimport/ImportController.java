package de.bund.partnerschaftsmonitor.bulkimport;

import de.bund.partnerschaftsmonitor.shared.web.Actors;
import de.bund.partnerschaftsmonitor.shared.web.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.Locale;

@Controller("/api/agreements/import")
@ExecuteOn(TaskExecutors.BLOCKING)
class ImportController {

    private final ImportService service;

    ImportController(ImportService service) {
        this.service = service;
    }

    /**
     * Multipart {@code file} (CSV with comma or semicolon, UTF-8 with or without byte-order mark, or XLSX), at most
     * 2 MB and 5,000 rows. {@code dryRun} (query or form field, default true) only checks; false writes every row in
     * one transaction, or none when a row is faulty (422 with the report).
     */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @ApiResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @ApiResponse(responseCode = "422", description = "A row is faulty: nothing stored; the report as a problem",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ImportRejectedException.ImportProblem.class)))
    ImportReport importFile(@Part("file") @Nullable CompletedFileUpload file, @QueryValue("dryRun") @Nullable Boolean dryRun,
                            @Part("dryRun") @Nullable String dryRunField, @Nullable Principal principal) {
        if (file == null) {
            throw ImportFile.refusal("import.file.required");
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean dry = dryRun != null ? dryRun : dryRunField == null || !dryRunField.strip().equalsIgnoreCase("false");
        return service.run(file.getFilename(), bytes, dry, Actors.name(principal));
    }

    /** The template to fill in: {@code format} csv or xlsx, {@code lang} de or en. */
    @Get("/template")
    @Produces({"text/csv", ImportFile.XLSX})
    @Operation(responses = @ApiResponse(responseCode = "200", description = "The template", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = ImportFile.XLSX, schema = @Schema(type = "string", format = "binary"))}))
    HttpResponse<byte[]> template(@QueryValue(defaultValue = "xlsx") @Schema(allowableValues = {"csv", "xlsx"}) String format,
                                  @QueryValue(defaultValue = "de") @Schema(allowableValues = {"de", "en"}) String lang) {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw InvalidInputException.of("format", "field.invalid");
        }
        if (!lang.equals("de") && !lang.equals("en")) {
            throw InvalidInputException.of("lang", "field.invalid");
        }
        Locale locale = Locale.forLanguageTag(lang);
        byte[] body = format.equals("csv") ? ImportTemplate.csv(locale) : ImportTemplate.xlsx(locale);
        return HttpResponse.ok(body)
                .contentType(format.equals("csv") ? MediaType.of("text/csv; charset=utf-8") : MediaType.of(ImportFile.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + ImportTemplate.fileName(format, locale) + "\"");
    }
}
