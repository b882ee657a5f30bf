package de.bund.partnerschaftsmonitor.deadline;

import java.util.List;
import java.util.OptionalInt;

/** Which reminder a deadline is due for, and its text in the recipient's language. Pure. */
final class ReminderPolicy {

    private ReminderPolicy() {
    }

    /**
     * The tightest lead time the deadline is within: 20 days ahead with leads [7, 30] is the 30-day reminder, 5 days
     * ahead (or overdue) the 7-day one. A lead time passed over (the deadline appeared only 5 days ahead) is not sent
     * late; each deadline and lead time is claimed once, so an overdue deadline is reminded of once.
     */
    static OptionalInt lead(long daysLeft, List<Integer> ascendingLeads) {
        for (int lead : ascendingLeads) {
            if (daysLeft <= lead) {
                return OptionalInt.of(lead);
            }
        }
        return OptionalInt.empty();
    }

    /** {@code language} is the account's ({@code de} or {@code en}); anything else reads German, the default. */
    static String subject(Deadline d, String language) {
        return english(language)
                ? "Deadline: " + DeadlineTexts.summaryEn(d) + " – " + DeadlineTexts.dateEn(d.dueDate())
                : "Frist: " + DeadlineTexts.summaryDe(d) + " – " + DeadlineTexts.dateDe(d.dueDate());
    }

    static String body(Deadline d, int lead, String publicUrl, String language) {
        String url = publicUrl + d.link();
        if (english(language)) {
            return "Hello,\n\n"
                    + "this deadline is " + DeadlineTexts.whenEn(d.daysLeft()) + ":\n\n"
                    + DeadlineTexts.descriptionEn(d, url) + "\n\n"
                    + "You receive this reminder as a member of the responsible desk or as a reviewer, once per deadline and "
                    + "lead time (here " + lead + " days).\n"
                    + "Partnerschaftsmonitor\n";
        }
        return "Guten Tag,\n\n"
                + "diese Frist ist " + DeadlineTexts.whenDe(d.daysLeft()) + ":\n\n"
                + DeadlineTexts.descriptionDe(d, url) + "\n\n"
                + "Sie erhalten diese Erinnerung als Mitglied des zuständigen Referats oder als Prüferin bzw. Prüfer, "
                + "einmal je Frist und Vorlauf (hier " + lead + " Tage).\n"
                + "Partnerschaftsmonitor\n";
    }

    private static boolean english(String language) {
        return "en".equals(language);
    }
}
