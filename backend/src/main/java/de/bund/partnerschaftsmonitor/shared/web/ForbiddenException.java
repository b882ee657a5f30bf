package de.bund.partnerschaftsmonitor.shared.web;

/** The signed-in person may call the endpoint but not act on this record (e.g. approve their own rating); the detail says why. */
public class ForbiddenException extends CodedException {

    public ForbiddenException(String code, Object... args) {
        super(code, args);
    }
}
