package de.bund.partnerschaftsmonitor.audit;

import de.bund.partnerschaftsmonitor.shared.web.InvalidInputException;
import de.bund.partnerschaftsmonitor.shared.web.Paging;
import de.bund.partnerschaftsmonitor.shared.web.Problem.FieldError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import de.bund.partnerschaftsmonitor.shared.export.Exporter;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import de.bund.partnerschaftsmonitor.shared.export.ExportFormat;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The audit trail for administrators, newest first. Read only: the trail has no endpoint that
 * changes or deletes an event, and the database grants forbid it too (README, "Audit trail").
 */
@Controller("/api/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {

    /** Dates without a time are days in German time: {@code to=2026-03-01} includes all of that day. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final AuditService audit;
    private final Exporter exporter;

    AuditController(AuditService audit, Exporter exporter) {
        this.audit = audit;
        this.exporter = exporter;
    }

    /**
     * @param entity   entity type such as {@code agreement} or {@code account}
     * @param entityId id of the entity
     * @param actor    user name
     * @param from     ISO date or instant, inclusive
     * @param to       ISO date (inclusive) or instant (exclusive)
     */
    @Get
    @Produces({MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
    HttpResponse<Page<AuditService.Entry>> list(@QueryValue @Nullable String entity, @QueryValue @Nullable String entityId,
                                                 @QueryValue @Nullable String actor, @QueryValue @Nullable String from,
                                                 @QueryValue @Nullable String to, Pageable pageable,
                                                 @QueryValue @Nullable String format, HttpRequest<?> request) {
        Pageable page = Paging.checked(pageable, Set.of());
        return exporter.answer(request, format, () -> search(entity, entityId, actor, from, to, page), AuditExports.LOG,
                (number, size) -> search(entity, entityId, actor, from, to, Pageable.from(number, size, Sort.UNSORTED)).getContent());
    }

    private Page<AuditService.Entry> search(@Nullable String entity, @Nullable String entityId, @Nullable String actor,
                                            @Nullable String from, @Nullable String to, Pageable pageable) {
        List<FieldError> errors = new ArrayList<>();
        Instant fromInstant = parse(from, "from", false, errors);
        Instant toInstant = parse(to, "to", true, errors);
        // As on the deadlines screen: a period ending before it starts is a typing error, not "no entries".
        if (fromInstant != null && toInstant != null && !toInstant.isAfter(fromInstant)) {
            errors.add(new FieldError("to", "audit.period.order"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return audit.search(blankToNull(entity), blankToNull(entityId), blankToNull(actor), fromInstant, toInstant, pageable);
    }

    private static Instant parse(@Nullable String value, String field, boolean endOfDay, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZONE).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "audit.date.invalid"));
            return null;
        }
    }

    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
