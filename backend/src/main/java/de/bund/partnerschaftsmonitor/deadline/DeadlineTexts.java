package de.bund.partnerschaftsmonitor.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Words for a deadline in mails and calendar entries, German first; the screen has its own in the UI's locale files. */
final class DeadlineTexts {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN);
    /** The month in words: "01/12/2026" reads differently on either side of the Atlantic. */
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private DeadlineTexts() {
    }

    static String kindDe(DeadlineKind kind) {
        return switch (kind) {
            case REVIEW -> "Überprüfung fällig";
            case END -> "Laufzeitende";
            case NEGOTIATION -> "Geplanter Abschluss";
            case RATING_REVIEW -> "Bewertung wartet auf Prüfung";
            case CORE_UNRATED -> "Kernkriterien nicht bewertet";
        };
    }

    static String kindEn(DeadlineKind kind) {
        return switch (kind) {
            case REVIEW -> "Review due";
            case END -> "End of term";
            case NEGOTIATION -> "Planned conclusion";
            case RATING_REVIEW -> "Rating awaiting review";
            case CORE_UNRATED -> "Core criteria not rated";
        };
    }

    static String summaryDe(Deadline d) {
        return kindDe(d.kind()) + ": " + d.title() + " (" + d.countryNameDe() + ")";
    }

    static String summaryEn(Deadline d) {
        return kindEn(d.kind()) + ": " + d.titleEn() + " (" + d.countryNameEn() + ")";
    }

    static String dateDe(LocalDate date) {
        return GERMAN_DATE.format(date);
    }

    static String dateEn(LocalDate date) {
        return ENGLISH_DATE.format(date);
    }

    static String whenDe(long daysLeft) {
        return daysLeft < 0 ? "seit " + -daysLeft + (daysLeft == -1 ? " Tag überfällig" : " Tagen überfällig")
                : daysLeft == 0 ? "heute fällig" : "fällig in " + daysLeft + (daysLeft == 1 ? " Tag" : " Tagen");
    }

    static String whenEn(long daysLeft) {
        return daysLeft < 0 ? "overdue by " + -daysLeft + (daysLeft == -1 ? " day" : " days")
                : daysLeft == 0 ? "due today" : "due in " + daysLeft + (daysLeft == 1 ? " day" : " days");
    }

    /** Details for the calendar entry and the mail: what, where, who, and the criteria concerned. */
    static String descriptionDe(Deadline d, String url) {
        StringBuilder s = new StringBuilder()
                .append(kindDe(d.kind())).append(" am ").append(dateDe(d.dueDate())).append('\n')
                .append("Instrument: ").append(d.title()).append('\n')
                .append("Partnerland: ").append(d.countryNameDe()).append('\n')
                .append("Zuständig: ").append(d.desk() == null ? "kein Referat eingetragen" : d.desk()).append('\n');
        if (!d.criteria().isEmpty()) {
            s.append("Kriterien: ").append(String.join(", ", d.criteria())).append('\n');
        }
        return s.append("Link: ").append(url).toString();
    }

    static String descriptionEn(Deadline d, String url) {
        StringBuilder s = new StringBuilder()
                .append(kindEn(d.kind())).append(" on ").append(dateEn(d.dueDate())).append('\n')
                .append("Instrument: ").append(d.titleEn()).append('\n')
                .append("Partner country: ").append(d.countryNameEn()).append('\n')
                .append("Responsible: ").append(d.desk() == null ? "no desk entered" : d.desk()).append('\n');
        if (!d.criteria().isEmpty()) {
            s.append("Criteria: ").append(String.join(", ", d.criteria())).append('\n');
        }
        return s.append("Link: ").append(url).toString();
    }
}
