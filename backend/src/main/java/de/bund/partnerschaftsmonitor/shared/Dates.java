package de.bund.partnerschaftsmonitor.shared;

import java.time.LocalDate;
import java.time.ZoneId;

/** The calendar day of the ministries (Berlin), for rules such as "a document's date cannot lie in the future". */
public final class Dates {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private Dates() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** A fact dated after today (a version, the state of evidence) is a typing error, not a plan. */
    public static boolean isFuture(LocalDate date) {
        return date.isAfter(today());
    }
}
