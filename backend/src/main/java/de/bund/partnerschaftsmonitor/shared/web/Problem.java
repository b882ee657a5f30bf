package de.bund.partnerschaftsmonitor.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * RFC 9457 problem details. {@code code} names the problem and each field error's {@code code} the
 * mistake, stably (clients branch on codes, never on text); {@code detail} and the field messages are
 * in the language of {@code Accept-Language}. The codes are listed in {@code docs/problem-codes.md}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details; the codes are listed in docs/problem-codes.md.")
public record Problem(
        @Schema(example = "about:blank") String type,
        @Schema(description = "The status in the language of Accept-Language (German by default)", example = "Ungültige Anfrage") String title,
        @Schema(example = "400") int status,
        @Schema(description = "Stable code of the problem", example = "request.invalid") String code,
        @Schema(description = "What went wrong, in the language of Accept-Language (German by default)",
                example = "Bitte prüfen Sie die markierten Angaben.") @Nullable String detail,
        @Schema(description = "One entry per offending field") @Nullable List<FieldError> errors) {

    public static final String CONTENT_TYPE = "application/problem+json";

    public Problem(int status, String title, String code, @Nullable String detail, @Nullable List<FieldError> errors) {
        this("about:blank", title, status, code, detail, errors == null || errors.isEmpty() ? null : errors);
    }

    @Serdeable
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "JSON path of the field", example = "titleDe") String field,
            @Schema(description = "Stable code of the mistake", example = "agreement.title.required") String code,
            @Schema(description = "The mistake in the language of Accept-Language", example = "Geben Sie einen Titel an.") String message) {

        /** A field error whose message is the text of {@code code} in the current request's language. */
        public FieldError(String field, String code) {
            this(field, code, Messages.text(code));
        }
    }
}
