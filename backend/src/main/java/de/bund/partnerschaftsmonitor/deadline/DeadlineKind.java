package de.bund.partnerschaftsmonitor.deadline;

/** What falls due; the rule for each is in {@link DeadlinePolicy}. */
public enum DeadlineKind {
    /** The instrument's own review clause ({@code nextReviewDue}). */
    REVIEW,
    /** End or expiry date ({@code dateEnd}). */
    END,
    /** Still planned or in negotiation, with a planned date ({@code plannedDate}) to conclude it by. */
    NEGOTIATION,
    /** A submitted rating waits for the four-eyes review longer than the configured number of days. */
    RATING_REVIEW,
    /** In force, but a core criterion of the current catalogue has no rating. */
    CORE_UNRATED
}
