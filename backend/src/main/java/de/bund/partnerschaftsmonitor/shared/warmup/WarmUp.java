package de.bund.partnerschaftsmonitor.shared.warmup;

/**
 * One heavy library exercised once on tiny in-memory input, so that its classes are loaded and its hot paths compiled
 * before the first person waits for them. Touches nothing outside the process: no database, no audit, no network, no files.
 */
public interface WarmUp {

    /** What it warms, for the log ("XLSX export"). */
    String name();

    void run() throws Exception;
}
