package de.bund.partnerschaftsmonitor.shared.web;

/** A write based on a stale version, or a state transition that no longer applies. */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
