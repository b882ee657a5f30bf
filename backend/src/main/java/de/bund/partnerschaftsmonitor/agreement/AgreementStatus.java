package de.bund.partnerschaftsmonitor.agreement;

public enum AgreementStatus {
    PLANNED, NEGOTIATING, SIGNED, PROVISIONALLY_APPLIED, IN_FORCE, SUSPENDED, EXPIRED, TERMINATED;

    public static final String PATTERN = "PLANNED|NEGOTIATING|SIGNED|PROVISIONALLY_APPLIED|IN_FORCE|SUSPENDED|EXPIRED|TERMINATED";

    /** Whether the instrument currently has effect, so that its clauses count for a country scorecard. */
    public boolean isEffective() {
        return this == IN_FORCE || this == PROVISIONALLY_APPLIED;
    }

    /** Not signed yet (planned or in negotiation): the only states in which a planned date means something. */
    public boolean unsigned() {
        return this == PLANNED || this == NEGOTIATING;
    }
}
