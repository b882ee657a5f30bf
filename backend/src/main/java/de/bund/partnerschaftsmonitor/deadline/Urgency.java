package de.bund.partnerschaftsmonitor.deadline;

/** How the screen groups deadlines: past due, due within {@value #SOON_DAYS} days (today included), later. */
public enum Urgency {
    OVERDUE,
    SOON,
    LATER;

    public static final int SOON_DAYS = 30;

    static Urgency of(long daysLeft) {
        return daysLeft < 0 ? OVERDUE : daysLeft <= SOON_DAYS ? SOON : LATER;
    }
}
