package de.bund.partnerschaftsmonitor.deadline;

import de.bund.partnerschaftsmonitor.shared.security.Permission;
import de.bund.partnerschaftsmonitor.shared.web.InvalidInputException;
import de.bund.partnerschaftsmonitor.shared.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

@Controller("/api/deadlines")
@ExecuteOn(TaskExecutors.BLOCKING)
class DeadlineController {

    private final DeadlineService service;

    DeadlineController(DeadlineService service) {
        this.service = service;
    }

    @Serdeable
    record DeadlineList(@Schema(description = "The day the deadlines are counted from (Europe/Berlin)") LocalDate today,
                        @Schema(description = "Days a submitted rating may wait before its review is overdue") int reviewOverdueDays,
                        List<Deadline> items) {
    }

    /**
     * Deadlines by due date. {@code desk} is the responsible desk as written on the instruments, {@code from}/{@code to}
     * bound the due date (inclusive). Ratings waiting for review are listed only for roles that review.
     */
    @Get
    DeadlineList list(@QueryValue @Nullable String desk, @QueryValue @Nullable String country,
                      @QueryValue @Nullable String from, @QueryValue @Nullable String to, Authentication authentication) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String deskValue = desk == null || desk.isBlank() ? null : desk.strip();
        if (deskValue != null && deskValue.length() > 100) {
            errors.add(new Problem.FieldError("desk", "text.max100"));
        }
        String countryValue = country == null || country.isBlank() ? null : country.strip();
        if (countryValue != null && (!countryValue.matches("[A-Z]{2}") || !service.countryExists(countryValue))) {
            errors.add(new Problem.FieldError("country", "filter.country.unknown"));
        }
        LocalDate fromDate = date(from, "from", errors);
        LocalDate toDate = date(to, "to", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add(new Problem.FieldError("to", "deadline.period.order"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean withRatings = Permission.REVIEW_ASSESSMENTS.grantedTo(authentication.getRoles());
        return new DeadlineList(DeadlineService.today(), service.reviewOverdueDays(),
                service.list(new DeadlineRepository.Scope(countryValue, deskValue), withRatings, fromDate, toDate));
    }

    private static LocalDate date(@Nullable String value, String field, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            errors.add(new Problem.FieldError(field, "date.invalid"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "date.nonexistent"));
            return null;
        }
    }
}
