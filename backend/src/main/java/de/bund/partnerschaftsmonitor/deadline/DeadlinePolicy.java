package de.bund.partnerschaftsmonitor.deadline;

import de.bund.partnerschaftsmonitor.agreement.AgreementStatus;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which deadlines the instruments and ratings set, as of a given day. Pure: the facts come from
 * {@link DeadlineRepository}, the day and the settings from the caller.
 * <ul>
 *   <li>REVIEW at {@code nextReviewDue}, END at {@code dateEnd}, both unless the instrument has expired or was terminated;</li>
 *   <li>NEGOTIATION: a PLANNED or NEGOTIATING instrument with a {@code plannedDate} is due then and overdue after (its
 *       {@code dateSigned}, if any, is not a plan);</li>
 *   <li>RATING_REVIEW: a submitted rating is due for review {@code reviewOverdueDays} after submission and listed from
 *       that day on;</li>
 *   <li>CORE_UNRATED: an instrument in force with core criteria unrated, due since entry into force (today when unknown).</li>
 * </ul>
 */
final class DeadlinePolicy {

    private static final Set<AgreementStatus> ENDED = EnumSet.of(AgreementStatus.EXPIRED, AgreementStatus.TERMINATED);

    static final Comparator<Deadline> ORDER = Comparator.comparing(Deadline::dueDate)
            .thenComparing(Deadline::kind).thenComparing(Deadline::key);

    private DeadlinePolicy() {
    }

    /** {@code from}/{@code to} bound the due date (inclusive); {@code withRatings} is false for roles that may not see the review queue. */
    static List<Deadline> deadlines(List<DeadlineFacts.Instrument> instruments, List<DeadlineFacts.PendingRating> pending,
                                    List<DeadlineFacts.UnratedCore> unrated, LocalDate today, int reviewOverdueDays,
                                    boolean withRatings, @Nullable LocalDate from, @Nullable LocalDate to) {
        Map<Long, DeadlineFacts.Instrument> byId = instruments.stream()
                .collect(Collectors.toMap(DeadlineFacts.Instrument::id, Function.identity()));
        List<Deadline> out = new ArrayList<>();
        for (DeadlineFacts.Instrument i : instruments) {
            if (!ENDED.contains(i.status())) {
                if (i.nextReviewDue() != null) {
                    out.add(deadline("review:" + i.id() + ":" + i.nextReviewDue(), DeadlineKind.REVIEW, i.nextReviewDue(), today, i,
                            null, List.of(), "/agreements/" + i.id()));
                }
                if (i.dateEnd() != null) {
                    out.add(deadline("end:" + i.id() + ":" + i.dateEnd(), DeadlineKind.END, i.dateEnd(), today, i, null, List.of(),
                            "/agreements/" + i.id()));
                }
            }
            if (i.status().unsigned() && i.plannedDate() != null) {
                out.add(deadline("negotiation:" + i.id() + ":" + i.plannedDate(), DeadlineKind.NEGOTIATION, i.plannedDate(), today, i,
                        null, List.of(), "/agreements/" + i.id()));
            }
        }
        if (withRatings) {
            for (DeadlineFacts.PendingRating p : pending) {
                DeadlineFacts.Instrument i = byId.get(p.agreementId());
                // The day of submission in Berlin, where "today" is counted too; in UTC it was a day early after 23:00 (22:00 in summer).
                LocalDate submitted = p.submittedAt().atZone(DeadlineService.ZONE).toLocalDate();
                LocalDate due = submitted.plusDays(reviewOverdueDays);
                if (i != null && !due.isAfter(today)) {
                    out.add(deadline("rating:" + p.assessmentId() + ":" + submitted, DeadlineKind.RATING_REVIEW, due, today, i,
                            p.assessmentId(), List.of(p.criterionCode()), "/agreements/" + i.id() + "/assessment"));
                }
            }
        }
        for (DeadlineFacts.UnratedCore u : unrated) {
            DeadlineFacts.Instrument i = byId.get(u.agreementId());
            if (i != null && i.status() == AgreementStatus.IN_FORCE && !u.criterionCodes().isEmpty()) {
                LocalDate due = i.dateInForce() != null ? i.dateInForce() : today;
                out.add(deadline("core:" + i.id(), DeadlineKind.CORE_UNRATED, due, today, i, null, List.copyOf(u.criterionCodes()),
                        "/agreements/" + i.id() + "/assessment"));
            }
        }
        return out.stream()
                .filter(d -> (from == null || !d.dueDate().isBefore(from)) && (to == null || !d.dueDate().isAfter(to)))
                .sorted(ORDER)
                .toList();
    }

    private static Deadline deadline(String key, DeadlineKind kind, LocalDate due, LocalDate today, DeadlineFacts.Instrument i,
                                     @Nullable Long assessmentId, List<String> criteria, String link) {
        long daysLeft = ChronoUnit.DAYS.between(today, due);
        return new Deadline(key, kind, due, daysLeft, Urgency.of(daysLeft), i.id(), i.title(), i.titleInEnglish(), i.countryIso2(),
                i.countryNameDe(), i.countryNameEn(), i.desk(), assessmentId, criteria, link);
    }
}
