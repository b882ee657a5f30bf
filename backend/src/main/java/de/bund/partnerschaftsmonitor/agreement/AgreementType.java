package de.bund.partnerschaftsmonitor.agreement;

/** The three forms the Federal Government names for migration partnerships (BT-Drs. 20/14619). */
public enum AgreementType {
    /** Migrationsabkommen: a treaty, binding under international law. */
    TREATY,
    /** Joint declaration of intent or memorandum of understanding: politically, not legally, binding. */
    MOU,
    /** Bilateral working structure such as a steering group. */
    WORKING_STRUCTURE;

    public static final String PATTERN = "TREATY|MOU|WORKING_STRUCTURE";

    public boolean isBinding() {
        return this == TREATY;
    }
}
