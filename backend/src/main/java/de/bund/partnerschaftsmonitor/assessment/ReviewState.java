package de.bund.partnerschaftsmonitor.assessment;

/** Four-eyes review of a rating. Any edit makes a rating DRAFT again; only APPROVED snapshots count in the default scores. */
public enum ReviewState {
    DRAFT, SUBMITTED, APPROVED, CHANGES_REQUESTED
}
