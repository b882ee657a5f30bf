package de.bund.partnerschaftsmonitor.shared.web;

/** A write based on a stale version, or a state transition that no longer applies. */
public class ConflictException extends CodedException {

    public ConflictException(String code, Object... args) {
        super(code, args);
    }
}
