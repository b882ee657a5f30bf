package de.bund.partnerschaftsmonitor.brief;

import de.bund.partnerschaftsmonitor.agreement.AgreementStatus;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The dates a brief lists as next deadlines, from the instruments' own dates: the review their review clause sets
 * (also when it is overdue, as long as the instrument runs) and the end date still ahead. Instruments that have
 * ended (expired, terminated) have no deadlines left.
 */
final class BriefDeadlines {

    private BriefDeadlines() {
    }

    enum Kind { REVIEW, END }

    record Dates(long agreementId, String title, String status, @Nullable LocalDate nextReviewDue, @Nullable LocalDate dateEnd) {
    }

    record Deadline(LocalDate date, Kind kind, long agreementId, String title, boolean overdue) {
    }

    static List<Deadline> next(List<Dates> instruments, LocalDate today) {
        List<Deadline> out = new ArrayList<>();
        for (Dates d : instruments) {
            AgreementStatus status = AgreementStatus.valueOf(d.status());
            if (status == AgreementStatus.EXPIRED || status == AgreementStatus.TERMINATED) {
                continue;
            }
            if (d.nextReviewDue() != null) {
                out.add(new Deadline(d.nextReviewDue(), Kind.REVIEW, d.agreementId(), d.title(), d.nextReviewDue().isBefore(today)));
            }
            if (d.dateEnd() != null && !d.dateEnd().isBefore(today)) {
                out.add(new Deadline(d.dateEnd(), Kind.END, d.agreementId(), d.title(), false));
            }
        }
        out.sort(Comparator.comparing(Deadline::date).thenComparing(Deadline::kind).thenComparingLong(Deadline::agreementId));
        return out;
    }
}
