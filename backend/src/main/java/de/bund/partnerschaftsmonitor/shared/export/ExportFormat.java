package de.bund.partnerschaftsmonitor.shared.export;

import de.bund.partnerschaftsmonitor.shared.web.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;

import java.util.Locale;
import java.util.Optional;

/** The file formats every table can be exported in: chosen by {@code ?format=} (links) or by {@code Accept}. */
public enum ExportFormat {
    CSV("csv", "text/csv"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String extension;
    private final MediaType mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = MediaType.of(mediaType);
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /**
     * The file a request asks for: {@code format} wins over {@code Accept}, and of {@code Accept} the first of JSON,
     * CSV and XLSX it names; empty for JSON. An unknown {@code format} value is bad input naming the field.
     */
    static Optional<ExportFormat> wanted(@Nullable String format, HttpRequest<?> request) {
        if (format != null) {
            return Optional.of(byExtension(format).orElseThrow(() -> InvalidInputException.of("format", "export.format.unknown")));
        }
        return requested(request);
    }

    /** The format {@code Accept} names before JSON; a wildcard never selects a file. */
    static Optional<ExportFormat> requested(HttpRequest<?> request) {
        for (MediaType accepted : request.accept()) {
            if (accepted.getName().equalsIgnoreCase(MediaType.APPLICATION_JSON)) {
                return Optional.empty();
            }
            for (ExportFormat f : values()) {
                if (f.mediaType.getName().equalsIgnoreCase(accepted.getName())) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    static Optional<ExportFormat> byExtension(String value) {
        for (ExportFormat f : values()) {
            if (f.extension.equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
